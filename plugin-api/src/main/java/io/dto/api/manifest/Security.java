package io.dto.api.manifest;

import java.util.Map;

/**
 * Integrity and trust. {@code checksums} maps every jar entry but the manifest to its SHA-256 (hex);
 * {@code checksum} is {@code sha256:<hex>} of the canonical checksum list (one {@code path:hex} line per entry,
 * sorted by path); {@code signature} is the publisher's Ed25519 signature over that digest (Base64), and
 * {@code publisher} names the key in the gateway's trusted keys. {@code trustedPublisher} is what the publisher
 * claims; trust comes only from the gateway's configuration.
 */
public record Security(String checksum, Map<String, String> checksums, String signature, String publisher,
        boolean trustedPublisher) {

    public static final Security UNSIGNED = new Security(null, Map.of(), null, null, false);

    public Security {
        checksums = checksums == null ? Map.of() : Map.copyOf(checksums);
    }

    public boolean isSigned() {
        return signature != null && !signature.isBlank();
    }
}
