package io.dto.plugins.indicators;

import io.dto.api.message.IndicatorSignal;

/**
 * The reading of a price against a level (a moving average, a VWAP): above is BUY, below is SELL, and the strength
 * grows with the distance, reaching 1 at {@value #FULL_STRENGTH_DISTANCE} (1%) of the level.
 */
final class TrendReading {

    static final double FULL_STRENGTH_DISTANCE = 0.01;

    private TrendReading() {
    }

    static StreamingIndicator.Reading of(double close, double level) {
        if (!(level > 0)) {
            return StreamingIndicator.Reading.NEUTRAL;
        }
        double distance = (close - level) / level;
        if (distance == 0) {
            return new StreamingIndicator.Reading(IndicatorSignal.HOLD, 0.0);
        }
        return new StreamingIndicator.Reading(distance > 0 ? IndicatorSignal.BUY : IndicatorSignal.SELL,
                Math.min(1.0, Math.abs(distance) / FULL_STRENGTH_DISTANCE));
    }
}
