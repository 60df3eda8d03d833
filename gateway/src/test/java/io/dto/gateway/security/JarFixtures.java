package io.dto.gateway.security;

import io.dto.api.manifest.PluginManifest;
import io.dto.tooling.ManifestReader;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Builds small plugin jars from test classes for the security unit tests. */
final class JarFixtures {

    private JarFixtures() {
    }

    static JsonObject manifest(String name, String... permissions) {
        return new JsonObject()
                .put("manifest_version", "1.0")
                .put("plugin_info", new JsonObject().put("name", name).put("version", "1.0.0")
                        .put("type", "strategy").put("entry_point", "io.dto.samples.PoliteCode"))
                .put("compatibility", new JsonObject().put("min_platform_version", "1.0.0")
                        .put("max_platform_version", "2.0.0"))
                .put("configuration", new JsonObject().put("parameters", new JsonObject()))
                .put("permissions", new JsonObject().put("required", new JsonArray(List.of((Object[]) permissions))));
    }

    static PluginManifest read(JsonObject manifest) throws Exception {
        return new ManifestReader().read(manifest.encode());
    }

    /** A jar with the manifest and the classes. */
    static Path jar(Path folder, String fileName, JsonObject manifest, Class<?>... classes) throws IOException {
        return jar(folder, fileName, manifest, Map.of(), classes);
    }

    /** A jar with the manifest, the classes, and libraries: entry name (for example {@code lib/x.jar}) to jar. */
    static Path jar(Path folder, String fileName, JsonObject manifest, Map<String, Path> libraries,
            Class<?>... classes) throws IOException {
        Path jar = folder.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(PluginManifest.ENTRY_NAME));
            out.write(manifest.encodePrettily().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (Map.Entry<String, Path> library : libraries.entrySet()) {
                out.putNextEntry(new JarEntry(library.getKey()));
                out.write(Files.readAllBytes(library.getValue()));
                out.closeEntry();
            }
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    out.putNextEntry(new JarEntry(entry));
                    out.write(in.readAllBytes());
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
