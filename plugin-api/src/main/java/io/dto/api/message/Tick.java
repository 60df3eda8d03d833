package io.dto.api.message;

import java.time.Instant;
import java.util.Objects;

/**
 * One trade print.
 *
 * @param aggressor the side that took liquidity, or {@code null} when the feed does not say
 */
public record Tick(String symbol, Instant timestamp, double price, long size, Side aggressor) implements MarketData {

    public Tick {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("tick price must be a positive finite number, got " + price);
        }
        if (size < 0) {
            throw new IllegalArgumentException("tick size must not be negative, got " + size);
        }
    }

    @Override
    public long volume() {
        return size;
    }
}
