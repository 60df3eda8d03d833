package io.dto.systemtest;

import io.dto.api.manifest.PluginManifest;
import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds plugin jars in tests from classes of the test classpath, the way the build packages real plugins. */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    /** A packaged plugin jar (checksums in the manifest), as {@code plugin-parent} would make it. */
    public static Path packaged(Path folder, String fileName, JsonObject manifest, Class<?>... classes) {
        try {
            Path raw = unpackaged(Files.createTempDirectory("raw-plugin"), fileName, manifest.encodePrettily(),
                    classes);
            Path out = folder.resolve(fileName);
            new PluginPackager(new ManifestReader()).pack(raw, List.of(), out, null);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot package test plugin " + fileName, e);
        }
    }

    /** A packaged plugin jar signed by {@code signer}, as {@code bin/gateway plugin sign} makes it. */
    public static Path signed(Path folder, String fileName, JsonObject manifest, PluginPackager.Signer signer,
            Class<?>... classes) {
        try {
            Path raw = unpackaged(Files.createTempDirectory("raw-plugin"), fileName, manifest.encodePrettily(),
                    classes);
            Path out = folder.resolve(fileName);
            new PluginPackager(new ManifestReader()).pack(raw, List.of(), out, signer);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot package test plugin " + fileName, e);
        }
    }

    /** A jar with exactly this manifest text (which may be broken) and classes, without checksums. */
    public static Path unpackaged(Path folder, String fileName, String manifestText, Class<?>... classes) {
        Path jar = folder.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (manifestText != null) {
                out.putNextEntry(new JarEntry(PluginManifest.ENTRY_NAME));
                out.write(manifestText.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            for (Class<?> type : classes) {
                for (Path file : classFiles(type)) {
                    String name = type.getPackageName().replace('.', '/') + "/" + file.getFileName();
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Rewrites entries of a jar after packaging, as an attacker or a broken copy would. */
    public static void rewrite(Path jar, java.util.function.BiFunction<String, byte[], byte[]> change) {
        try {
            Path copy = Files.createTempFile("rewritten", ".jar");
            try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile());
                    JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
                for (JarEntry entry : java.util.Collections.list(in.entries())) {
                    byte[] bytes;
                    try (java.io.InputStream data = in.getInputStream(entry)) {
                        bytes = data.readAllBytes();
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(change.apply(entry.getName(), bytes));
                    out.closeEntry();
                }
            }
            Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips a bit of one entry. */
    public static void tamper(Path jar, String entryName) {
        rewrite(jar, (name, bytes) -> {
            if (name.equals(entryName)) {
                bytes[bytes.length - 1] ^= 0x01;
            }
            return bytes;
        });
    }

    /** The guide-shaped manifest of a test plugin. */
    public static JsonObject manifest(String name, String version, String type, Class<?> entryPoint,
            JsonObject parameters, String... permissions) {
        return new JsonObject()
                .put("manifest_version", "1.0")
                .put("plugin_info", new JsonObject()
                        .put("name", name)
                        .put("version", version)
                        .put("description", "test plugin " + name)
                        .put("type", type)
                        .put("entry_point", entryPoint.getName()))
                .put("compatibility", new JsonObject()
                        .put("min_platform_version", "1.0.0")
                        .put("max_platform_version", "2.0.0"))
                .put("configuration", new JsonObject().put("parameters", parameters))
                .put("permissions", new JsonObject().put("required", new JsonArray(List.of((Object[]) permissions))));
    }

    private static List<Path> classFiles(Class<?> type) throws IOException {
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = root.resolve(type.getPackageName().replace('.', '/'));
            String simple = type.getSimpleName();
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.equals(simple + ".class") || n.startsWith(simple + "$");
                }).toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
