package io.dto.gateway.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin class loader: it shows the JDK, plugin-api, the Vert.x core API and slf4j, and
 * nothing else of the gateway, so a plugin cannot link against gateway internals, Vert.x internals or the
 * gateway's libraries (it bundles its own).
 */
final class ApiOnlyClassLoader extends ClassLoader {

    /** Package prefixes a plugin may link against, besides the JDK. */
    static final List<String> VISIBLE = List.of("io.dto.api.", "io.vertx.core.", "org.slf4j.");
    /** Vert.x core packages that are implementation, not API. */
    static final List<String> HIDDEN = List.of("io.vertx.core.impl.", "io.vertx.core.internal.",
            "io.vertx.core.spi.", "io.vertx.core.net.impl.", "io.vertx.core.http.impl.", "io.vertx.core.eventbus.impl.");

    private final ClassLoader gateway;

    ApiOnlyClassLoader(ClassLoader gateway) {
        super("plugin-api-view", ClassLoader.getPlatformClassLoader());
        this.gateway = gateway;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (isVisible(name)) {
            return gateway.loadClass(name);
        }
        throw new ClassNotFoundException(name + " is not visible to plugins (only the JDK, io.dto.api, the Vert.x "
                + "core API and slf4j are; bundle other libraries in the plugin jar under lib/)");
    }

    @Override
    protected URL findResource(String name) {
        return isVisible(name.replace('/', '.')) ? gateway.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return isVisible(name.replace('/', '.')) ? gateway.getResources(name) : Collections.emptyEnumeration();
    }

    static boolean isVisible(String className) {
        return VISIBLE.stream().anyMatch(className::startsWith) && HIDDEN.stream().noneMatch(className::startsWith);
    }
}
