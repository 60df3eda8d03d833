package io.dto.gateway.metrics;

import java.time.Duration;

/** Histogram buckets of the gateway's timers: explicit, so each timer exports a small, fixed set of series. */
final class Buckets {

    /** Time in a plugin's message handler: 10 µs to 1 s. */
    static final Duration[] PLUGIN_CALL = of(0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1);
    /** Order path latencies: 100 µs to 10 s. */
    static final Duration[] ORDER_PATH = of(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
            0.25, 0.5, 1, 2.5, 5, 10);
    /** Market-data lag and event-loop delay: 1 ms to 60 s. */
    static final Duration[] LAG = of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60);

    private Buckets() {
    }

    private static Duration[] of(double... seconds) {
        Duration[] buckets = new Duration[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            buckets[i] = Duration.ofNanos(Math.round(seconds[i] * 1e9));
        }
        return buckets;
    }
}
