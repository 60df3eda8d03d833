package io.dto.gateway.security;

import io.dto.api.manifest.Security;
import io.dto.gateway.config.SecurityConfig;
import io.dto.tooling.EntryChecksums;
import io.dto.tooling.PluginSignatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The publisher keys the gateway trusts ({@code plugins.security.trusted_keys} and the {@code <publisher>.pub}
 * files of {@code plugins.security.keys_folder}), and the verdict on a plugin's signature.
 */
public final class TrustedKeys {

    /** How a manifest's signature fared. */
    public enum Verdict {
        /** Signed by a trusted publisher, and the signature verifies. */
        VALID,
        /** No signature. */
        UNSIGNED,
        /** Signed, but by a publisher the gateway has no key for. */
        UNKNOWN_PUBLISHER,
        /** Signed in the name of a trusted publisher, but the signature does not verify. */
        INVALID
    }

    private final Map<String, PublicKey> keys;

    public TrustedKeys(Map<String, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** Decodes the configured keys and reads the key folder (a missing folder holds no keys). Blocking. */
    public static TrustedKeys load(SecurityConfig config) {
        Map<String, String> encoded = new LinkedHashMap<>(readFolder(config.keysFolder()));
        encoded.putAll(config.trustedKeys());
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        encoded.forEach((publisher, base64) -> {
            try {
                keys.put(publisher, PluginSignatures.decodePublicKey(base64));
            } catch (GeneralSecurityException e) {
                problems.add("trusted key of publisher '" + publisher + "' is not a Base64 X.509 Ed25519 public key ("
                        + e.getMessage() + "): 'bin/gateway keys generate' writes one");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid trusted keys:\n  - " + String.join("\n  - ", problems));
        }
        return new TrustedKeys(keys);
    }

    private static Map<String, String> readFolder(Path folder) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pub")).sorted().toList()) {
                String name = file.getFileName().toString();
                keys.put(name.substring(0, name.length() - 4), Files.readString(file).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trusted keys from " + folder.toAbsolutePath(), e);
        }
        return keys;
    }

    public Verdict verify(Security security) {
        if (!security.isSigned()) {
            return Verdict.UNSIGNED;
        }
        PublicKey key = security.publisher() == null ? null : keys.get(security.publisher());
        if (key == null) {
            return Verdict.UNKNOWN_PUBLISHER;
        }
        return PluginSignatures.verify(EntryChecksums.canonical(security.checksums()), security.signature(), key)
                ? Verdict.VALID : Verdict.INVALID;
    }

    /** Trusted only with a valid signature of a trusted publisher; otherwise the reason, in words. */
    public Trust trust(Security security) {
        return switch (verify(security)) {
            case VALID -> Trust.trustedBy(security.publisher());
            case UNSIGNED -> Trust.untrusted(null, "the plugin is not signed");
            case UNKNOWN_PUBLISHER -> Trust.untrusted(security.publisher(), "publisher '" + security.publisher()
                    + "' is not among the trusted keys (plugins.security.trusted_keys or "
                    + "plugins.security.keys_folder)");
            case INVALID -> Trust.untrusted(security.publisher(), "the signature does not verify with the key of "
                    + "publisher '" + security.publisher() + "'");
        };
    }
}
