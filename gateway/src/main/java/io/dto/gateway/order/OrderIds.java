package io.dto.gateway.order;

import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ClOrdIDs unique across restarts without a database round trip: a prefix from the start instant (base 36 of
 * epoch milliseconds) and a counter, e.g. {@code O-lx2k9c1a-000042}. Two gateway runs cannot share a millisecond
 * of start-up, so their ids never collide.
 */
public final class OrderIds {

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    public OrderIds(InstantSource clock) {
        this.prefix = "O-" + Long.toString(clock.millis(), 36) + "-";
    }

    public String next() {
        return prefix + String.format("%06d", counter.incrementAndGet());
    }
}
