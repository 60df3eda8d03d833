package io.dto.plugins.indicators;

/** Simple moving average of the close over {@code period} updates. */
final class Sma implements StreamingIndicator {

    private final RollingSum closes;

    Sma(int period) {
        this.closes = new RollingSum(period);
    }

    @Override
    public String key() {
        return "sma_" + closes.period();
    }

    @Override
    public int warmUp() {
        return closes.period();
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        closes.add(close);
    }

    @Override
    public boolean ready() {
        return closes.full();
    }

    @Override
    public double value() {
        return closes.sum() / closes.period();
    }

    @Override
    public Reading read(double close) {
        return TrendReading.of(close, value());
    }
}
