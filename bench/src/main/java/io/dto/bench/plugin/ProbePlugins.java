package io.dto.bench.plugin;

import io.dto.api.manifest.PluginManifest;
import io.dto.bench.plugin.probe.AveragingStrategy;
import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Plugin jars of {@link AveragingStrategy} under ids {@code fanout-1}, {@code fanout-2}, ..., packaged the way the
 * build packages plugins (manifest, checksums), so that a gateway loads it many times, each copy a plugin of its own.
 */
final class ProbePlugins {

    private ProbePlugins() {
    }

    /** Writes {@code count} plugin jars into {@code folder}; returns their ids. */
    static List<String> write(Path folder, int count) throws Exception {
        Path raw = Files.createTempDirectory("probe-plugins");
        PluginPackager packager = new PluginPackager(new ManifestReader());
        byte[] entryPoint = classBytes(AveragingStrategy.class);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = "fanout-" + i;
            Path jar = raw.resolve(id + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                out.putNextEntry(new JarEntry(PluginManifest.ENTRY_NAME));
                out.write(manifest(id).encodePrettily().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
                out.putNextEntry(new JarEntry(AveragingStrategy.class.getName().replace('.', '/') + ".class"));
                out.write(entryPoint);
                out.closeEntry();
            }
            packager.pack(jar, List.of(), folder.resolve(id + ".jar"), null);
            ids.add(id);
        }
        return ids;
    }

    private static JsonObject manifest(String id) {
        return new JsonObject()
                .put("manifest_version", "1.0")
                .put("plugin_info", new JsonObject().put("name", id).put("version", "1.0.0")
                        .put("description", "fan-out benchmark subscriber").put("type", "strategy")
                        .put("entry_point", AveragingStrategy.class.getName()))
                .put("compatibility", new JsonObject().put("min_platform_version", "1.0.0")
                        .put("max_platform_version", "2.0.0"))
                .put("configuration", new JsonObject().put("parameters", new JsonObject()))
                .put("permissions", new JsonObject().put("required", new JsonArray().add("read_market_data")));
    }

    private static byte[] classBytes(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
