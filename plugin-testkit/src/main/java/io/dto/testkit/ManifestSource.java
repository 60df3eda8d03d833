package io.dto.testkit;

import io.dto.api.manifest.PluginManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** Where a harness reads the manifest from, and its text. */
record ManifestSource(String description, String json) {

    static ManifestSource ofJson(String json) {
        return new ManifestSource("the manifest given to the builder", json);
    }

    static ManifestSource ofPath(Path path) {
        try {
            return new ManifestSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin manifest " + path, e);
        }
    }

    static ManifestSource ofResource(ClassLoader loader, String name) {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no classpath resource '" + name + "' (a plugin module keeps its "
                    + "manifest in src/main/resources/" + PluginManifest.ENTRY_NAME + ")");
        }
        try (InputStream in = url.openStream()) {
            return new ManifestSource(url.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /**
     * The manifest next to the plugin's class: in the same classes folder or jar, so a test finds its own module's
     * manifest even when other plugin jars are on the classpath; otherwise the first one on the classpath.
     */
    static ManifestSource besideClass(Class<?> pluginClass) {
        Path location = codeLocation(pluginClass);
        if (location != null && Files.isDirectory(location)) {
            Path candidate = location.resolve(PluginManifest.ENTRY_NAME);
            if (Files.isRegularFile(candidate)) {
                return ofPath(candidate);
            }
        } else if (location != null && Files.isRegularFile(location)) {
            ManifestSource inJar = fromJar(location);
            if (inJar != null) {
                return inJar;
            }
        }
        ClassLoader loader = pluginClass.getClassLoader() == null ? ClassLoader.getSystemClassLoader()
                : pluginClass.getClassLoader();
        return ofResource(loader, PluginManifest.ENTRY_NAME);
    }

    private static Path codeLocation(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static ManifestSource fromJar(Path jarPath) {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            ZipEntry entry = jar.getEntry(PluginManifest.ENTRY_NAME);
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new ManifestSource(jarPath + "!/" + PluginManifest.ENTRY_NAME,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jarPath, e);
        }
    }
}
