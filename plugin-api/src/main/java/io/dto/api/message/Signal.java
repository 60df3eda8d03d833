package io.dto.api.message;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy's trading intent. The gateway's signal router sizes it into an {@link OrderRequest}.
 *
 * @param strength conviction from 0.0 to 1.0, as in the guide
 * @param price the reference price the strategy saw when it decided (NaN if it had none)
 * @param metadata JSON-compatible values that explain the decision (the guide's {@code short_ma}, {@code long_ma})
 */
public record Signal(String strategyId, String symbol, SignalAction action, double strength, double price,
        Instant timestamp, Map<String, Object> metadata) {

    public Signal {
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!(strength >= 0.0 && strength <= 1.0)) {
            throw new IllegalArgumentException("signal strength must be within [0, 1], got " + strength);
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
