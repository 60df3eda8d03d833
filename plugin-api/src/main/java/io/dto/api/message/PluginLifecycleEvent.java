package io.dto.api.message;

import io.dto.api.PluginState;
import java.time.Instant;

/**
 * A plugin changed state; published on {@code plugin.lifecycle}.
 *
 * @param message the reason for a failure or rejection, in words a person can act on
 */
public record PluginLifecycleEvent(String pluginId, String version, PluginState state, String message,
        Instant timestamp) {
}
