package io.dto.plugins.indicators;

import io.dto.api.message.IndicatorSignal;
import java.util.Map;

/**
 * One indicator updated in O(1) per price: it never recomputes its window. Inputs are a bar's high, low, close and
 * volume (a trade or quote is a bar whose high, low and close are its price).
 *
 * <p>Not thread-safe: used on the indicator plugin's context only.
 */
interface StreamingIndicator {

    /** What the indicator says about a price: a signal and its strength from 0 to 1. */
    record Reading(IndicatorSignal signal, double strength) {
        static final Reading NEUTRAL = new Reading(IndicatorSignal.NEUTRAL, 0.0);
    }

    /** The key of its main output in the components map ({@code rsi_14}). */
    String key();

    /** Updates needed before the first value. */
    int warmUp();

    void update(double high, double low, double close, long volume);

    boolean ready();

    /** The main output; meaningful once {@link #ready()}. NaN when undefined (a VWAP over no volume). */
    double value();

    /** Adds every output (main and secondary, such as the bands) to {@code out}. */
    default void outputs(Map<String, Double> out) {
        out.put(key(), value());
    }

    /** The indicator's signal for the latest close. */
    Reading read(double close);
}
