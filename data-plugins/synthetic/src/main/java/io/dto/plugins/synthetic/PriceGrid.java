package io.dto.plugins.synthetic;

import java.math.BigDecimal;

/** Prices on a tick grid, handled as whole numbers of ticks so a quote never shows 190.01000000000002. */
final class PriceGrid {

    private static final double EPSILON = 1e-9;

    private final BigDecimal tick;
    private final double tickSize;

    PriceGrid(double tickSize) {
        this.tickSize = tickSize;
        this.tick = BigDecimal.valueOf(tickSize);
    }

    long floor(double price) {
        return Math.max(1, (long) Math.floor(price / tickSize + EPSILON));
    }

    long ceil(double price) {
        return Math.max(1, (long) Math.ceil(price / tickSize - EPSILON));
    }

    long round(double price) {
        return Math.max(1, Math.round(price / tickSize));
    }

    /** The price of a whole number of ticks, as the nearest double to the exact decimal. */
    double price(long ticks) {
        return tick.multiply(BigDecimal.valueOf(ticks)).doubleValue();
    }
}
