package io.dto.gateway.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private copy of a plugin jar in a folder of its own, made before validation. The gateway validates and loads
 * the copy, so a jar replaced in the plugin folder meanwhile cannot slip unchecked classes in, and each class loader
 * reads its own file (the JDK caches open jars by URL, so a loader over a replaced file could see the old one).
 */
public record StagedJar(Path folder, PluginJar jar) {

    static StagedJar stage(PluginJar discovered) {
        try {
            Path folder = Files.createTempDirectory("dto-plugin-");
            Path copy = folder.resolve("plugin.jar");
            Files.copy(discovered.source(), copy);
            PluginJar read = PluginDiscovery.read(copy);
            return new StagedJar(folder, new PluginJar(copy, discovered.source(), read.manifestText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage plugin jar " + discovered.source(), e);
        }
    }

    /** Deletes the folder and what is in it; a folder already gone is fine. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete staged plugin folder " + folder, e);
        }
    }
}
