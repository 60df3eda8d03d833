package io.dto.api.message;

import java.time.Instant;
import java.util.Objects;

/** Top of book: best bid and offer with their sizes. */
public record Quote(String symbol, Instant timestamp, double bid, long bidSize, double ask, long askSize)
        implements MarketData {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!(bid > 0) || !(ask > 0) || Double.isInfinite(bid) || Double.isInfinite(ask)) {
            throw new IllegalArgumentException("quote prices must be positive finite numbers, got bid " + bid
                    + " ask " + ask);
        }
        if (ask < bid) {
            throw new IllegalArgumentException("crossed quote for " + symbol + ": ask " + ask + " < bid " + bid);
        }
        if (bidSize < 0 || askSize < 0) {
            throw new IllegalArgumentException("quote sizes must not be negative");
        }
    }

    public double mid() {
        return (bid + ask) / 2.0;
    }

    @Override
    public double price() {
        return mid();
    }

    @Override
    public long volume() {
        return bidSize + askSize;
    }
}
