package io.dto.plugins.momentum.indicator;

/**
 * The last {@code period} closes and volumes of one symbol, with running sums of {@code close * volume} and volume,
 * updated in O(1) per update. The sums are recomputed from the ring each time it wraps, so rounding cannot drift
 * (O(period) once per period, O(1) amortized).
 *
 * <p>Not thread-safe: used on the indicator's context only.
 */
final class MomentumWindow {

    private final double[] closes;
    private final long[] volumes;
    private int next;
    private long count;
    private double weighted;
    private double volume;

    MomentumWindow(int period) {
        this.closes = new double[period];
        this.volumes = new long[period];
    }

    void add(double close, long size) {
        weighted += close * size - closes[next] * volumes[next];
        volume += size - volumes[next];
        closes[next] = close;
        volumes[next] = size;
        next = (next + 1) % closes.length;
        count++;
        if (next == 0) {
            weighted = 0;
            volume = 0;
            for (int i = 0; i < closes.length; i++) {
                weighted += closes[i] * volumes[i];
                volume += volumes[i];
            }
        }
    }

    boolean full() {
        return count >= closes.length;
    }

    /** The oldest close in the window (the guide's {@code prices[0]}). */
    double first() {
        return closes[full() ? next : 0];
    }

    double last() {
        return closes[Math.floorMod(next - 1, closes.length)];
    }

    double volume() {
        return volume;
    }

    /** The window's volume-weighted average close; NaN without volume. */
    double vwap() {
        return volume > 0 ? weighted / volume : Double.NaN;
    }
}
