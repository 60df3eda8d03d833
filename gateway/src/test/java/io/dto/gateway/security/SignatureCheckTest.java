package io.dto.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.config.SecurityConfig.UntrustedPolicy;
import io.dto.samples.PoliteCode;
import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.dto.tooling.PluginSignatures;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureCheckTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a plugin signed by a trusted publisher is trusted and passes")
    void shouldTrustValidSignature() throws Exception {
        KeyPair acme = PluginSignatures.generateKeyPair();
        PluginManifest manifest = signed(acme);
        TrustedKeys keys = new TrustedKeys(Map.of("acme", acme.getPublic()));

        assertThat(keys.trust(manifest.security()).trusted()).isTrue();
        assertThat(check(keys, UntrustedPolicy.REFUSE, manifest)).isEmpty();
    }

    @Test
    @DisplayName("a manifest whose checksums were edited after signing is refused, whatever the policy")
    void shouldRefuseAlteredSignedManifest() throws Exception {
        KeyPair acme = PluginSignatures.generateKeyPair();
        PluginManifest manifest = signed(acme);
        var checksums = new java.util.TreeMap<>(manifest.security().checksums());
        checksums.replaceAll((path, hex) -> "00" + hex.substring(2));
        PluginManifest altered = new PluginManifest(manifest.manifestVersion(), manifest.pluginInfo(),
                manifest.compatibility(), manifest.dependencies(), manifest.parameters(), manifest.permissions(),
                new io.dto.api.manifest.Security(manifest.security().checksum(), checksums,
                        manifest.security().signature(), "acme", false));
        TrustedKeys keys = new TrustedKeys(Map.of("acme", acme.getPublic()));

        assertThat(check(keys, UntrustedPolicy.WARN, altered)).singleElement().asString()
                .contains("the signature does not verify with the key of publisher 'acme'")
                .contains("changed after it was signed");
    }

    @Test
    @DisplayName("an unknown publisher is untrusted: refused under 'refuse', contained otherwise")
    void shouldApplyPolicyToUnknownPublisher() throws Exception {
        PluginManifest manifest = signed(PluginSignatures.generateKeyPair());
        TrustedKeys keys = new TrustedKeys(Map.of());

        Trust trust = keys.trust(manifest.security());
        assertThat(trust.trusted()).isFalse();
        assertThat(trust.label()).isEqualTo("untrusted");
        assertThat(check(keys, UntrustedPolicy.REFUSE, manifest)).singleElement().asString()
                .contains("publisher 'acme' is not among the trusted keys");
        assertThat(check(keys, UntrustedPolicy.ISOLATE, manifest)).isEmpty();
        assertThat(check(keys, UntrustedPolicy.WARN, manifest)).isEmpty();
    }

    private PluginManifest signed(KeyPair key) throws Exception {
        Path raw = JarFixtures.jar(folder, "raw.jar", JarFixtures.manifest("signed"), PoliteCode.class);
        Path out = folder.resolve("signed.jar");
        new PluginPackager(new ManifestReader()).pack(raw, List.of(), out,
                new PluginPackager.Signer("acme", key.getPrivate()));
        try (JarFile jar = new JarFile(out.toFile())) {
            String text = new String(jar.getInputStream(jar.getEntry(PluginManifest.ENTRY_NAME)).readAllBytes(),
                    StandardCharsets.UTF_8);
            return JarFixtures.read(new JsonObject(text));
        }
    }

    private List<String> check(TrustedKeys keys, UntrustedPolicy policy, PluginManifest manifest) {
        return new SignatureCheck(keys, policy).check(null, manifest);
    }
}
