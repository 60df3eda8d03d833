package io.dto.gateway.plugin;

import java.nio.file.Path;

/**
 * A jar found in a plugin folder.
 *
 * @param manifestText the {@code plugin-manifest.json} entry, or {@code null} when the jar has none
 */
public record PluginJar(Path path, String manifestText) {

    /** The name a plugin goes by before its manifest is read: the jar's file name without {@code .jar}. */
    public String provisionalId() {
        String name = path.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }
}
