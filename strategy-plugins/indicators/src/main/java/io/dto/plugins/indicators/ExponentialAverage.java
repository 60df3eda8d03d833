package io.dto.plugins.indicators;

/**
 * An exponential average seeded with the simple average of its first {@code period} inputs (the TA-Lib
 * convention), then {@code ema += alpha * (x - ema)} with {@code alpha = smoothing / period}: smoothing 2 with
 * {@code period + 1} in the denominator gives the classic EMA, Wilder's smoothing is {@code alpha = 1 / period}.
 */
final class ExponentialAverage {

    private final int period;
    private final double alpha;
    private int seen;
    private double seedSum;
    private double value = Double.NaN;

    private ExponentialAverage(int period, double alpha) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, got " + period);
        }
        this.period = period;
        this.alpha = alpha;
    }

    /** The classic EMA: alpha = 2 / (period + 1). */
    static ExponentialAverage classic(int period) {
        return new ExponentialAverage(period, 2.0 / (period + 1));
    }

    /** Wilder's smoothing (RSI, ATR): alpha = 1 / period. */
    static ExponentialAverage wilder(int period) {
        return new ExponentialAverage(period, 1.0 / period);
    }

    void add(double x) {
        if (seen < period) {
            seedSum += x;
            seen++;
            if (seen == period) {
                value = seedSum / period;
            }
        } else {
            value += alpha * (x - value);
        }
    }

    boolean ready() {
        return seen >= period;
    }

    double value() {
        return value;
    }
}
