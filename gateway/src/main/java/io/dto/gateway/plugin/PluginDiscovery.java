package io.dto.gateway.plugin;

import io.dto.api.manifest.PluginManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lifecycle step 1: finds the jars in the configured plugin folders and reads their manifests. Blocking I/O. */
public final class PluginDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDiscovery.class);

    private PluginDiscovery() {
    }

    /** Every {@code *.jar} directly in the folders, sorted by path; a missing folder is logged and skipped. */
    public static List<PluginJar> scan(List<Path> folders) {
        List<PluginJar> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                LOG.warn("plugin folder {} does not exist; no plugins are discovered there", folder.toAbsolutePath());
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                        .sorted()
                        .forEach(p -> jars.add(read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list plugin folder " + folder.toAbsolutePath(), e);
            }
        }
        return jars;
    }

    /** Reads one jar's manifest entry; an unreadable jar yields a {@link PluginJar} without manifest. */
    public static PluginJar read(Path jarPath) {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            ZipEntry entry = jar.getEntry(PluginManifest.ENTRY_NAME);
            if (entry == null) {
                return new PluginJar(jarPath, jarPath, null);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new PluginJar(jarPath, jarPath, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("cannot read plugin jar {}: {}", jarPath, e.getMessage());
            return new PluginJar(jarPath, jarPath, null);
        }
    }
}
