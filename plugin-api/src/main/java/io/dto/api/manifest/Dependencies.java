package io.dto.api.manifest;

import java.util.List;

/**
 * Libraries the plugin needs, as {@code group:artifact:version} coordinates or jar names it bundles under
 * {@code lib/}; each plugin's class loader resolves its own, so two plugins may use different versions.
 */
public record Dependencies(List<String> required, List<String> optional) {

    public static final Dependencies NONE = new Dependencies(List.of(), List.of());

    public Dependencies {
        required = required == null ? List.of() : List.copyOf(required);
        optional = optional == null ? List.of() : List.copyOf(optional);
    }
}
