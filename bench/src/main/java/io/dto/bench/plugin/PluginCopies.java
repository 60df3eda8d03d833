package io.dto.bench.plugin;

import io.dto.api.manifest.PluginManifest;
import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Copies of a built plugin jar under other plugin ids ({@code <name>-1}, {@code <name>-2}, ...), packaged again the
 * way the build packages plugins (checksums recomputed), so a gateway can load the same plugin many times.
 */
final class PluginCopies {

    private PluginCopies() {
    }

    /** Writes {@code count} copies of {@code jar} into {@code folder}; returns their plugin ids. */
    static java.util.List<String> write(Path jar, Path folder, int count) throws Exception {
        Path raw = Files.createTempDirectory("plugin-copies");
        PluginPackager packager = new PluginPackager(new ManifestReader());
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            JsonObject manifest;
            try (JarFile in = new JarFile(jar.toFile())) {
                manifest = new JsonObject(new String(in.getInputStream(in.getEntry(PluginManifest.ENTRY_NAME))
                        .readAllBytes(), StandardCharsets.UTF_8));
            }
            JsonObject info = manifest.getJsonObject("plugin_info");
            String id = info.getString("name") + "-" + i;
            info.put("name", id);
            Path renamed = raw.resolve(id + ".jar");
            rewriteManifest(jar, renamed, manifest.encodePrettily());
            packager.pack(renamed, java.util.List.of(), folder.resolve(id + ".jar"), null);
            ids.add(id);
        }
        return ids;
    }

    private static void rewriteManifest(Path jar, Path out, String manifest) throws Exception {
        try (JarFile in = new JarFile(jar.toFile());
                JarOutputStream copy = new JarOutputStream(Files.newOutputStream(out))) {
            for (JarEntry entry : Collections.list(in.entries())) {
                copy.putNextEntry(new JarEntry(entry.getName()));
                copy.write(entry.getName().equals(PluginManifest.ENTRY_NAME)
                        ? manifest.getBytes(StandardCharsets.UTF_8) : in.getInputStream(entry).readAllBytes());
                copy.closeEntry();
            }
        }
    }
}
