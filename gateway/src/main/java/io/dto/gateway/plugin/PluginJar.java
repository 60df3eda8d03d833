package io.dto.gateway.plugin;

import java.nio.file.Path;

/**
 * A plugin jar as read.
 *
 * @param path the file read (a private staged copy once the gateway loads it)
 * @param source the file in the plugin folder, as the user knows it
 * @param manifestText the {@code plugin-manifest.json} entry, or {@code null} when the jar has none
 */
public record PluginJar(Path path, Path source, String manifestText) {

    /** The name a plugin goes by before its manifest is read: the jar's file name without {@code .jar}. */
    public String provisionalId() {
        String name = source.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }
}
