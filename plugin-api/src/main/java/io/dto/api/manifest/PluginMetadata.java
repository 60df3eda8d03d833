package io.dto.api.manifest;

import io.dto.api.PluginType;
import java.util.List;

/**
 * The manifest's {@code plugin_info} block. Besides the guide's fields it has {@code type} (the guide's validator
 * requires it) and {@code entry_point}, the fully qualified class the gateway instantiates (the JVM counterpart of
 * the guide's setup.py entry point).
 */
public record PluginMetadata(String name, String version, String displayName, String description, Author author,
        String license, String homepage, String repository, List<String> keywords, String category, PluginType type,
        String entryPoint) {

    public PluginMetadata {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public record Author(String name, String email, String website) {
    }
}
