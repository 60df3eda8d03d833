package io.dto.api;

import java.util.Set;

/**
 * The market data a strategy, indicator or risk plugin wants; the gateway subscribes its host to exactly these
 * addresses.
 *
 * @param barTimeframes the bar lengths wanted when {@code kinds} has {@link MarketDataKind#BARS} ({@code 1m}, ...)
 * @param indicators ids of indicator plugins whose values the plugin consumes, for its configured symbols
 */
public record DataSubscription(Set<String> symbols, Set<MarketDataKind> kinds, Set<String> barTimeframes,
        Set<String> indicators) {

    public DataSubscription {
        symbols = Set.copyOf(symbols);
        kinds = Set.copyOf(kinds);
        barTimeframes = Set.copyOf(barTimeframes);
        indicators = Set.copyOf(indicators);
        if (kinds.contains(MarketDataKind.BARS) && barTimeframes.isEmpty()) {
            throw new IllegalArgumentException("a BARS subscription needs at least one bar timeframe");
        }
    }

    public static DataSubscription of(Set<String> symbols, MarketDataKind... kinds) {
        return new DataSubscription(symbols, Set.of(kinds), Set.of(), Set.of());
    }
}
