package io.dto.plugins.indicators;

/**
 * Wilder's average true range: the true range is the largest of high minus low and the distances of high and low
 * from the previous close (so an overnight gap counts), the first one high minus low; it is smoothed with alpha
 * 1 / period, seeded with the simple average of the first {@code period} ranges. A volatility measure: its reading
 * is always NEUTRAL.
 */
final class Atr implements StreamingIndicator {

    private final int period;
    private final ExponentialAverage average;
    private double previousClose = Double.NaN;

    Atr(int period) {
        this.period = period;
        this.average = ExponentialAverage.wilder(period);
    }

    @Override
    public String key() {
        return "atr_" + period;
    }

    @Override
    public int warmUp() {
        return period;
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        double range = high - low;
        if (!Double.isNaN(previousClose)) {
            range = Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        average.add(range);
        previousClose = close;
    }

    @Override
    public boolean ready() {
        return average.ready();
    }

    @Override
    public double value() {
        return average.value();
    }

    @Override
    public Reading read(double close) {
        return Reading.NEUTRAL;
    }
}
