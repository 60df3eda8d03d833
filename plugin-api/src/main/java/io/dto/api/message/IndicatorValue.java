package io.dto.api.message;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One output of an indicator for one symbol, published on {@code indicator.<plugin>.<SYMBOL>}.
 *
 * @param value the indicator's value; {@code null} while {@code signal} is WAITING or ERROR
 * @param strength 0.0 to 1.0
 * @param components named intermediate values (the guide's {@code price_change}, {@code vwap}, ...)
 */
public record IndicatorValue(String indicator, String symbol, Instant timestamp, Double value,
        IndicatorSignal signal, double strength, Map<String, Double> components) {

    public IndicatorValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(signal, "signal");
        components = components == null ? Map.of() : Map.copyOf(components);
    }

    public static IndicatorValue waiting(String indicator, String symbol, Instant timestamp) {
        return new IndicatorValue(indicator, symbol, timestamp, null, IndicatorSignal.WAITING, 0.0, Map.of());
    }
}
