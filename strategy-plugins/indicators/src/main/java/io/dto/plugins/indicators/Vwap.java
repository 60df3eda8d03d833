package io.dto.plugins.indicators;

/**
 * Volume-weighted average price over the last {@code period} updates, of the typical price (high + low + close) / 3.
 * NaN while the window holds no volume. Price above it reads BUY, below SELL (see {@link TrendReading}).
 */
final class Vwap implements StreamingIndicator {

    private final RollingSum weighted;
    private final RollingSum volumes;

    Vwap(int period) {
        this.weighted = new RollingSum(period);
        this.volumes = new RollingSum(period);
    }

    @Override
    public String key() {
        return "vwap_" + weighted.period();
    }

    @Override
    public int warmUp() {
        return weighted.period();
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        weighted.add((high + low + close) / 3.0 * volume);
        volumes.add(volume);
    }

    @Override
    public boolean ready() {
        return weighted.full();
    }

    @Override
    public double value() {
        double volume = volumes.sum();
        return volume > 0 ? weighted.sum() / volume : Double.NaN;
    }

    @Override
    public Reading read(double close) {
        double vwap = value();
        return Double.isNaN(vwap) ? Reading.NEUTRAL : TrendReading.of(close, vwap);
    }
}
