package io.dto.gateway.security;

import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.config.SecurityConfig.UntrustedPolicy;
import io.dto.gateway.plugin.PluginCheck;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The publisher's Ed25519 signature over the manifest's checksum list. A signature in the name of a trusted
 * publisher that does not verify is always refused (the jar or its manifest was changed after signing; the
 * {@code ChecksumCheck} names changed entries). An unsigned plugin, or one signed by a publisher the gateway does
 * not know, is refused only under {@code plugins.security.untrusted: refuse}; otherwise the policy contains it.
 */
public final class SignatureCheck implements PluginCheck {

    private final TrustedKeys keys;
    private final UntrustedPolicy policy;

    public SignatureCheck(TrustedKeys keys, UntrustedPolicy policy) {
        this.keys = keys;
        this.policy = policy;
    }

    @Override
    public List<String> check(JarFile jar, PluginManifest manifest) {
        Trust trust = keys.trust(manifest.security());
        if (keys.verify(manifest.security()) == TrustedKeys.Verdict.INVALID) {
            return List.of(trust.reason() + ": the plugin was changed after it was signed, or signed with another "
                    + "key; package and sign it again ('bin/gateway plugin sign --key KEY --publisher "
                    + trust.publisher() + " JAR')");
        }
        if (!trust.trusted() && policy == UntrustedPolicy.REFUSE) {
            return List.of(trust.reason() + ", and plugins.security.untrusted is 'refuse': sign it "
                    + "('bin/gateway plugin sign') with a key listed in plugins.security.trusted_keys");
        }
        return List.of();
    }
}
