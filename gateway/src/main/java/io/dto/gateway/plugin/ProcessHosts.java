package io.dto.gateway.plugin;

/** Creates the host of a plugin that runs in a plugin-host process of its own. */
@FunctionalInterface
public interface ProcessHosts {

    HostVerticle create(LoadedPlugin loaded, PluginHost.HostServices services);
}
