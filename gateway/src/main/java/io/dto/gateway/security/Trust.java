package io.dto.gateway.security;

/**
 * Whether a plugin's publisher is trusted: its manifest is signed and the signature verifies with a key the
 * gateway's configuration trusts under the publisher's name.
 *
 * @param publisher the publisher the manifest names, or {@code null} when unsigned
 * @param reason why the plugin is not trusted, or {@code null} when it is
 */
public record Trust(boolean trusted, String publisher, String reason) {

    static Trust trustedBy(String publisher) {
        return new Trust(true, publisher, null);
    }

    static Trust untrusted(String publisher, String reason) {
        return new Trust(false, publisher, reason);
    }

    /** One word for the registry and metrics: {@code trusted}, {@code unsigned} or {@code untrusted}. */
    public String label() {
        if (trusted) {
            return "trusted";
        }
        return publisher == null ? "unsigned" : "untrusted";
    }
}
