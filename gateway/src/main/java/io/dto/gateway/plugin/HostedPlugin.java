package io.dto.gateway.plugin;

import io.dto.api.Plugin;

/** One instance of a plugin inside its host: the loaded classes, the typed instance and its context. */
record HostedPlugin<P extends Plugin>(LoadedPlugin loaded, P plugin, GatewayPluginContext context) {

    String id() {
        return loaded.id();
    }

    String version() {
        return loaded.validated().manifest().pluginInfo().version();
    }
}
