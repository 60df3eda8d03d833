package io.dto.api;

import io.dto.api.message.OrderType;
import java.util.Set;

/**
 * What a plugin offers, as the registry lists it.
 *
 * @param symbols the symbols it trades, streams or computes for
 * @param outputs what it emits (an indicator's {@code value}, {@code signal}, {@code strength}; a feed's data types)
 * @param orderTypes the order types a broker accepts
 * @param controls the risk controls a risk plugin enforces
 * @param rateLimitPerMinute a data provider's declared request budget; 0 when it has none
 */
public record Capabilities(Set<String> symbols, Set<String> outputs, Set<OrderType> orderTypes,
        Set<String> controls, int rateLimitPerMinute) {

    public static final Capabilities NONE = new Capabilities(Set.of(), Set.of(), Set.of(), Set.of(), 0);

    public Capabilities {
        symbols = Set.copyOf(symbols);
        outputs = Set.copyOf(outputs);
        orderTypes = Set.copyOf(orderTypes);
        controls = Set.copyOf(controls);
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must not be negative");
        }
    }
}
