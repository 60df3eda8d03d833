package io.dto.api;

import java.util.Objects;

/**
 * What a plugin says about itself (the guide's {@code get_plugin_info}). The manifest is the authority for name,
 * version and type; the gateway refuses a plugin whose {@code info()} disagrees with its manifest.
 */
public record PluginInfo(String name, String version, PluginType type, String description,
        Capabilities capabilities) {

    public PluginInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        capabilities = capabilities == null ? Capabilities.NONE : capabilities;
    }
}
