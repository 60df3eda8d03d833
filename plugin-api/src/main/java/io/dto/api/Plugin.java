package io.dto.api;

import io.vertx.core.Future;

/**
 * The base of every plugin. The gateway creates the entry-point class named in the manifest with its public
 * no-argument constructor, then calls {@link #initialize} and, when it unloads the plugin, {@link #cleanup}.
 *
 * <p>Threading: every method of a plugin is called on the plugin's own Vert.x context (one event-loop thread), never
 * concurrently. A plugin must not block: blocking work goes through {@link PluginContext#executeBlocking}.
 */
public interface Plugin {

    /** Name, version, type and capabilities (the guide's {@code get_plugin_info}). */
    PluginInfo info();

    /**
     * Prepares the plugin with its validated configuration. A failed future, with a cause a person can act on,
     * keeps the plugin from running (the guide's {@code initialize() -> False}).
     */
    Future<Void> initialize(PluginContext context);

    /** Releases everything the plugin holds: buffers, timers, connections. Called once, on unload. */
    default Future<Void> cleanup() {
        return Future.succeededFuture();
    }
}
