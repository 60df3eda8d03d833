package io.dto.plugins.indicators;

/** Exponential moving average of the close, alpha 2 / (period + 1), seeded with the SMA of the first period. */
final class Ema implements StreamingIndicator {

    private final int period;
    private final ExponentialAverage average;

    Ema(int period) {
        this.period = period;
        this.average = ExponentialAverage.classic(period);
    }

    @Override
    public String key() {
        return "ema_" + period;
    }

    @Override
    public int warmUp() {
        return period;
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        average.add(close);
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
        return TrendReading.of(close, value());
    }
}
