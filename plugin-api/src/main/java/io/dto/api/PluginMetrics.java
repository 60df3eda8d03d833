package io.dto.api;

import java.util.function.DoubleSupplier;

/**
 * A plugin's own meters. Names are lower-case and dotted ({@code signals.skipped}); the gateway exports them under
 * {@code gateway.plugin.custom.<name>} tagged with the plugin id, so plugins cannot collide or forge core metrics.
 */
public interface PluginMetrics {

    /** At most this many values of a counter's tag get a series of their own; further ones count as {@code _other}. */
    int MAX_TAG_VALUES = 20;

    void increment(String name, double amount);

    default void increment(String name) {
        increment(name, 1.0);
    }

    /**
     * Adds one to a counter with one tag whose values come from a small, fixed set (a FIX message type, an outcome),
     * such as {@code increment("messages.in", "msg_type", "execution_report")}. The tag is lower case
     * ({@code [a-z][a-z0-9_]*}) and not {@code plugin}; values beyond {@link #MAX_TAG_VALUES} per counter count as
     * {@code _other}, so a tag can never flood the gateway's metrics.
     */
    void increment(String name, String tag, String value);

    void recordNanos(String name, long nanos);

    /** Registers a gauge read on each scrape; the supplier must be cheap and thread-safe. */
    void gauge(String name, DoubleSupplier value);
}
