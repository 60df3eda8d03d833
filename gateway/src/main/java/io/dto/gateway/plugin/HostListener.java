package io.dto.gateway.plugin;

import io.dto.api.Capabilities;
import io.dto.api.PluginState;

/** How a plugin host tells the plugin manager that its plugin changed state. */
@FunctionalInterface
public interface HostListener {

    /**
     * @param message the reason for a failure, or {@code null}
     * @param capabilities what the plugin declares once initialized (lifecycle step 5), or {@code null} when the
     *     state change does not register it
     */
    void onState(String pluginId, String version, PluginState state, String message, Capabilities capabilities);
}
