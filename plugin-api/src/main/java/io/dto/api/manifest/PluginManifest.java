package io.dto.api.manifest;

import java.util.Map;
import java.util.Objects;

/**
 * The guide's {@code plugin_manifest.json}, stored as {@code plugin-manifest.json} at the root of a plugin jar. The
 * JSON Schema {@code io/dto/api/plugin-manifest.schema.json} in this module is the contract; the gateway validates
 * every manifest against it before reading it into this record.
 */
public record PluginManifest(String manifestVersion, PluginMetadata pluginInfo, Compatibility compatibility,
        Dependencies dependencies, Map<String, ParameterSpec> parameters, Permissions permissions,
        Security security) {

    /** The name of the manifest entry inside a plugin jar. */
    public static final String ENTRY_NAME = "plugin-manifest.json";

    public PluginManifest {
        Objects.requireNonNull(pluginInfo, "plugin_info");
        Objects.requireNonNull(compatibility, "compatibility");
        dependencies = dependencies == null ? Dependencies.NONE : dependencies;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        permissions = permissions == null ? Permissions.NONE : permissions;
        security = security == null ? Security.UNSIGNED : security;
    }

    /** The plugin's id: its manifest name. */
    public String id() {
        return pluginInfo.name();
    }
}
