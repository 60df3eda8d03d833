package io.dto.plugins.fixsim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the liquidity provider quotes: {@code levels} price levels a side, {@code size} shares each, one
 * {@code tick} apart, starting at the reference bid and ask rounded outwards to the tick. {@code minSpreadBps}
 * widens a narrower reference spread to at least that many basis points of the mid (0 keeps it as it is).
 */
public record LiquidityConfig(boolean enabled, int levels, long size, BigDecimal tick, BigDecimal minSpreadBps) {

    public static final int MAX_LEVELS = 50;

    public LiquidityConfig {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(minSpreadBps, "minSpreadBps");
        if (levels < 1 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("liquidity levels must be between 1 and " + MAX_LEVELS + ", got "
                    + levels);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("liquidity size must be a positive number of shares, got " + size);
        }
        if (tick.signum() <= 0) {
            throw new IllegalArgumentException("liquidity tick must be positive, got " + tick.toPlainString());
        }
        if (minSpreadBps.signum() < 0) {
            throw new IllegalArgumentException("liquidity min spread must not be negative, got "
                    + minSpreadBps.toPlainString());
        }
    }

    /** Five levels of 1,000 shares a side, one cent apart, at the reference spread. */
    public static LiquidityConfig defaults() {
        return new LiquidityConfig(true, 5, 1_000, new BigDecimal("0.01"), BigDecimal.ZERO);
    }

    public static LiquidityConfig disabled() {
        return new LiquidityConfig(false, 1, 1, new BigDecimal("0.01"), BigDecimal.ZERO);
    }
}
