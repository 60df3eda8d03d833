package io.dto.plugins.momentum.indicator;

import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The indicator's configuration, read once from the validated JSON.
 *
 * @param period the window (the guide's {@code period})
 * @param threshold the distance from VWAP, as a fraction, beyond which the signal is BUY or SELL
 * @param source what updates the window: {@code bars} (of {@code barTimeframe}), {@code ticks} or {@code quotes}
 */
record MomentumConfig(List<String> symbols, int period, double threshold, MarketDataKind source,
        String barTimeframe) {

    MomentumConfig {
        symbols = List.copyOf(symbols);
    }

    /** @throws IllegalArgumentException saying what to change */
    static MomentumConfig from(JsonObject config) {
        Set<String> symbols = new LinkedHashSet<>();
        config.getJsonArray("symbols").forEach(s -> symbols.add(String.valueOf(s).trim()));
        if (symbols.contains("")) {
            throw new IllegalArgumentException("symbols must not contain a blank entry");
        }
        MarketDataKind source = switch (config.getString("source")) {
            case "bars" -> MarketDataKind.BARS;
            case "ticks" -> MarketDataKind.TICKS;
            case "quotes" -> MarketDataKind.QUOTES;
            default -> throw new IllegalArgumentException("source '" + config.getString("source")
                    + "' must be bars, ticks or quotes");
        };
        return new MomentumConfig(List.copyOf(symbols), config.getInteger("period"), config.getDouble("threshold"),
                source, config.getString("bar_timeframe"));
    }

    DataSubscription subscription() {
        Set<String> wanted = Set.copyOf(symbols);
        return source == MarketDataKind.BARS
                ? new DataSubscription(wanted, Set.of(MarketDataKind.BARS), Set.of(barTimeframe), Set.of())
                : DataSubscription.of(wanted, source);
    }
}
