package io.dto.gateway.plugin;

import io.dto.api.PluginState;

/** How a plugin host tells the plugin manager that its plugin changed state. */
@FunctionalInterface
public interface HostListener {

    /** @param message the reason for a failure, or {@code null} */
    void onState(String pluginId, String version, PluginState state, String message);
}
