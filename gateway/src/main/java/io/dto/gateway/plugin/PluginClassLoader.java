package io.dto.gateway.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lifecycle step 3: one class loader per plugin over its staged jar and the libraries it bundles under
 * {@code lib/} (copied out beside it, since a class loader cannot read a jar inside a jar). Its parent is
 * {@link ApiOnlyClassLoader}, so two plugins can use different versions of one library. {@link #close()} releases
 * the jars and deletes the staged folder.
 */
public final class PluginClassLoader extends URLClassLoader {

    private final Path libraryFolder;

    private PluginClassLoader(String pluginId, URL[] urls, ClassLoader parent, Path libraryFolder) {
        super("plugin-" + pluginId, urls, parent);
        this.libraryFolder = libraryFolder;
    }

    /** Blocking: extracts bundled libraries into {@code folder}, which the loader deletes when closed. */
    public static PluginClassLoader create(String pluginId, Path jar, Path folder, ClassLoader gateway) {
        try {
            Path libraries = Files.createDirectories(folder.resolve("lib"));
            List<URL> urls = new ArrayList<>();
            urls.add(jar.toUri().toURL());
            urls.addAll(extractLibraries(jar, libraries));
            return new PluginClassLoader(pluginId, urls.toArray(URL[]::new), new ApiOnlyClassLoader(gateway),
                    folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare class loader for plugin " + pluginId, e);
        }
    }

    private static List<URL> extractLibraries(Path jarPath, Path folder) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith("lib/") && name.endsWith(".jar") && name.indexOf('/', 4) < 0) {
                    Path target = folder.resolve(name.substring(4));
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    urls.add(toUrl(target));
                }
            }
        }
        return urls;
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        StagedJar.delete(libraryFolder);
    }
}
