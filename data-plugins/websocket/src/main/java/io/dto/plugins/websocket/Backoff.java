package io.dto.plugins.websocket;

import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: exponential from {@code initialMillis}, doubling per failed attempt up to {@code maxMillis},
 * with a random share {@code jitter} taken off (0.5: between half and all of the exponential delay), so a fleet of
 * clients does not reconnect in lock step. A successful connection resets it.
 */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private final double jitter;
    private final DoubleSupplier random;
    private int attempt;

    Backoff(long initialMillis, long maxMillis, double jitter, DoubleSupplier random) {
        this.initialMillis = initialMillis;
        this.maxMillis = Math.max(initialMillis, maxMillis);
        this.jitter = jitter;
        this.random = random;
    }

    /** The delay before the next attempt, counting it. */
    long next() {
        double exponential = Math.min(maxMillis, initialMillis * Math.pow(2, Math.min(attempt, 30)));
        attempt++;
        return Math.max(1, Math.round(exponential * (1 - jitter * random.getAsDouble())));
    }

    void reset() {
        attempt = 0;
    }

    int attempts() {
        return attempt;
    }
}
