package io.dto.plugins.indicators;

import io.dto.api.message.IndicatorSignal;
import java.util.Map;

/**
 * MACD: the fast EMA minus the slow EMA of the close, its signal line (an EMA of the MACD) and the histogram (MACD
 * minus signal). The first value needs {@code slow + signal - 1} closes. BUY while the histogram is positive, SELL
 * while negative; strength is the histogram's share of {@code |macd| + |signal|}.
 */
final class Macd implements StreamingIndicator {

    private final int fast;
    private final int slow;
    private final int signalPeriod;
    private final ExponentialAverage fastAverage;
    private final ExponentialAverage slowAverage;
    private final ExponentialAverage signal;
    private double macd = Double.NaN;

    Macd(int fast, int slow, int signalPeriod) {
        if (fast >= slow) {
            throw new IllegalArgumentException("MACD fast period (" + fast + ") must be less than its slow period ("
                    + slow + ")");
        }
        this.fast = fast;
        this.slow = slow;
        this.signalPeriod = signalPeriod;
        this.fastAverage = ExponentialAverage.classic(fast);
        this.slowAverage = ExponentialAverage.classic(slow);
        this.signal = ExponentialAverage.classic(signalPeriod);
    }

    @Override
    public String key() {
        return "macd";
    }

    @Override
    public int warmUp() {
        return slow + signalPeriod - 1;
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        fastAverage.add(close);
        slowAverage.add(close);
        if (slowAverage.ready()) {
            macd = fastAverage.value() - slowAverage.value();
            signal.add(macd);
        }
    }

    @Override
    public boolean ready() {
        return signal.ready();
    }

    @Override
    public double value() {
        return macd;
    }

    double histogram() {
        return macd - signal.value();
    }

    @Override
    public void outputs(Map<String, Double> out) {
        out.put("macd", macd);
        out.put("macd_signal", signal.value());
        out.put("macd_histogram", histogram());
    }

    @Override
    public Reading read(double close) {
        double histogram = histogram();
        double scale = Math.abs(macd) + Math.abs(signal.value());
        double strength = scale == 0 ? 0.0 : Math.min(1.0, Math.abs(histogram) / scale);
        if (histogram > 0) {
            return new Reading(IndicatorSignal.BUY, strength);
        }
        return histogram < 0 ? new Reading(IndicatorSignal.SELL, strength) : new Reading(IndicatorSignal.HOLD, 0.0);
    }

    @Override
    public String toString() {
        return "macd(" + fast + "," + slow + "," + signalPeriod + ")";
    }
}
