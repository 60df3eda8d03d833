package io.dto.plugins.indicators;

import io.dto.api.message.IndicatorSignal;

/**
 * Wilder's relative strength index: average gain and average loss of the close-to-close changes, each smoothed
 * with alpha 1 / period and seeded with the simple average of the first {@code period} changes (so the first value
 * needs {@code period + 1} closes). BUY at or below {@value #OVERSOLD}, SELL at or above {@value #OVERBOUGHT}, the
 * strength growing to 1 at 0 and 100.
 */
final class Rsi implements StreamingIndicator {

    static final double OVERSOLD = 30;
    static final double OVERBOUGHT = 70;

    private final int period;
    private final ExponentialAverage gains;
    private final ExponentialAverage losses;
    private double previous = Double.NaN;

    Rsi(int period) {
        this.period = period;
        this.gains = ExponentialAverage.wilder(period);
        this.losses = ExponentialAverage.wilder(period);
    }

    @Override
    public String key() {
        return "rsi_" + period;
    }

    @Override
    public int warmUp() {
        return period + 1;
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        if (!Double.isNaN(previous)) {
            double change = close - previous;
            gains.add(Math.max(change, 0));
            losses.add(Math.max(-change, 0));
        }
        previous = close;
    }

    @Override
    public boolean ready() {
        return gains.ready();
    }

    @Override
    public double value() {
        double loss = losses.value();
        double gain = gains.value();
        if (loss == 0) {
            return gain == 0 ? 50.0 : 100.0;
        }
        return 100.0 - 100.0 / (1.0 + gain / loss);
    }

    @Override
    public Reading read(double close) {
        double rsi = value();
        if (rsi <= OVERSOLD) {
            return new Reading(IndicatorSignal.BUY, (OVERSOLD - rsi) / OVERSOLD);
        }
        if (rsi >= OVERBOUGHT) {
            return new Reading(IndicatorSignal.SELL, (rsi - OVERBOUGHT) / (100 - OVERBOUGHT));
        }
        return new Reading(IndicatorSignal.HOLD, 0.0);
    }
}
