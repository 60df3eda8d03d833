package io.dto.gateway.plugin;

import io.dto.api.PluginType;
import io.dto.api.message.MarketData;

/**
 * What plugin hosts report for monitoring, besides state changes (those go to the {@link HostListener} and on
 * {@code plugin.lifecycle}). Implementations must be cheap and thread-safe: some methods run once per message.
 */
public interface HostObserver {

    /** Observes nothing. */
    HostObserver NONE = new HostObserver() {
    };

    /**
     * A host deployed its plugin. Called on the host's context.
     *
     * @param stats the host's counters for the plugin, live until {@link #onHostStopped}
     */
    default void onHostStarted(String pluginId, PluginType type, PluginStats stats) {
    }

    /** A host undeployed its plugin. Called on the host's context. */
    default void onHostStopped(String pluginId) {
    }

    /** One message handler of the plugin held the host's event loop for {@code nanos}. */
    default void onHandled(String pluginId, long nanos) {
    }

    /** A hot reload of the plugin finished, successfully or not. */
    default void onReloaded(String pluginId, boolean succeeded) {
    }

    /** A data provider offered an update; called on whichever thread the provider offers from. */
    default void onMarketData(String feedId, MarketData data) {
    }

    /** A data provider reported a message it could not understand; any thread. */
    default void onGarbage(String feedId) {
    }

    /** A data provider is re-establishing its connection; any thread. */
    default void onReconnecting(String feedId) {
    }
}
