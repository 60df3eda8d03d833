package io.dto.plugins.indicators;

import io.dto.api.message.IndicatorSignal;
import java.util.Map;

/**
 * Bollinger bands: the SMA of the close over {@code period} (middle) plus and minus {@code width} population standard
 * deviations. The variance comes from running sums of the closes and their squares, shifted by the first close so
 * the subtraction does not cancel digits at typical price levels. BUY at or below the lower band, SELL at or above
 * the upper band, the strength growing with the distance from the middle (1 at a band).
 */
final class Bollinger implements StreamingIndicator {

    private final int period;
    private final double width;
    private final RollingSum sum;
    private final RollingSum squares;
    private double shift = Double.NaN;

    Bollinger(int period, double width) {
        this.period = period;
        this.width = width;
        this.sum = new RollingSum(period);
        this.squares = new RollingSum(period);
    }

    @Override
    public String key() {
        return "bb_middle";
    }

    @Override
    public int warmUp() {
        return period;
    }

    @Override
    public void update(double high, double low, double close, long volume) {
        if (Double.isNaN(shift)) {
            shift = close;
        }
        double x = close - shift;
        sum.add(x);
        squares.add(x * x);
    }

    @Override
    public boolean ready() {
        return sum.full();
    }

    @Override
    public double value() {
        return shift + sum.sum() / period;
    }

    double deviation() {
        double mean = sum.sum() / period;
        return Math.sqrt(Math.max(0.0, squares.sum() / period - mean * mean));
    }

    @Override
    public void outputs(Map<String, Double> out) {
        double middle = value();
        double band = width * deviation();
        out.put("bb_middle", middle);
        out.put("bb_upper", middle + band);
        out.put("bb_lower", middle - band);
    }

    @Override
    public Reading read(double close) {
        double band = width * deviation();
        if (band == 0) {
            return new Reading(IndicatorSignal.HOLD, 0.0);
        }
        double position = (close - value()) / band;
        if (position <= -1) {
            return new Reading(IndicatorSignal.BUY, 1.0);
        }
        if (position >= 1) {
            return new Reading(IndicatorSignal.SELL, 1.0);
        }
        return new Reading(IndicatorSignal.HOLD, Math.abs(position));
    }
}
