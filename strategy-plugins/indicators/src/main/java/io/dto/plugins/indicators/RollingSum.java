package io.dto.plugins.indicators;

/**
 * The sum of the last {@code period} values, updated in O(1): a ring and a running sum. The sum is recomputed
 * from the ring each time it wraps, so rounding cannot drift over a long session (O(period) once per period, O(1)
 * amortized).
 */
final class RollingSum {

    private final double[] ring;
    private int next;
    private long count;
    private double sum;

    RollingSum(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, got " + period);
        }
        this.ring = new double[period];
    }

    /** Adds a value; returns the value that left the window (0 while it is filling). */
    double add(double value) {
        double leaving = ring[next];
        ring[next] = value;
        next = (next + 1) % ring.length;
        count++;
        if (next == 0) {
            sum = 0;
            for (double v : ring) {
                sum += v;
            }
        } else {
            sum += value - leaving;
        }
        return leaving;
    }

    boolean full() {
        return count >= ring.length;
    }

    double sum() {
        return sum;
    }

    int period() {
        return ring.length;
    }
}
