package io.dto.api;

import java.util.function.DoubleSupplier;

/**
 * A plugin's own meters. Names are lower-case and dotted ({@code signals.skipped}); the gateway exports them under
 * {@code gateway.plugin.custom.<name>} tagged with the plugin id, so plugins cannot collide or forge core metrics.
 */
public interface PluginMetrics {

    void increment(String name, double amount);

    default void increment(String name) {
        increment(name, 1.0);
    }

    void recordNanos(String name, long nanos);

    /** Registers a gauge read on each scrape; the supplier must be cheap and thread-safe. */
    void gauge(String name, DoubleSupplier value);
}
