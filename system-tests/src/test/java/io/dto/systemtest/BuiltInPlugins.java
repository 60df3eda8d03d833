package io.dto.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plugin jars the reactor built into the repository's plugins/ folder. */
public final class BuiltInPlugins {

    static final Path FOLDER = Path.of(System.getProperty("dto.plugins.dir", "../plugins"));

    private BuiltInPlugins() {
    }

    /** Copies the named built-in plugin jars into a test's own plugin folder. */
    public static void copy(Path folder, String... pluginIds) {
        for (String id : pluginIds) {
            Path jar = FOLDER.resolve(id + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build the plugins first "
                        + "(mvn package, or run the tests through mvn verify)");
            }
            try {
                Files.copy(jar, folder.resolve(id + ".jar"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
