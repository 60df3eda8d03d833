package io.dto.plugins.indicators;

import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plugin's configuration, read once from the validated JSON.
 *
 * @param symbols the symbols to compute for
 * @param source what updates the indicators: {@code bars} (of {@code barTimeframe}), {@code ticks} or
 *     {@code quotes}
 * @param specs the indicators, the first one giving the published value and signal
 */
record IndicatorsConfig(List<String> symbols, MarketDataKind source, String barTimeframe, List<IndicatorSpec> specs) {

    IndicatorsConfig {
        symbols = List.copyOf(symbols);
        specs = List.copyOf(specs);
    }

    /** @throws IllegalArgumentException saying what to change */
    static IndicatorsConfig from(JsonObject config) {
        Set<String> symbols = new LinkedHashSet<>();
        config.getJsonArray("symbols").forEach(s -> symbols.add(String.valueOf(s).trim()));
        if (symbols.contains("")) {
            throw new IllegalArgumentException("symbols must not contain a blank entry");
        }
        List<String> texts = config.getJsonArray("indicators").stream().map(String::valueOf).toList();
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("indicators must name at least one indicator, e.g. [\"rsi:14\"]");
        }
        return new IndicatorsConfig(List.copyOf(symbols), source(config.getString("source")),
                config.getString("bar_timeframe"), IndicatorSpec.parseAll(texts));
    }

    DataSubscription subscription() {
        Set<String> wanted = Set.copyOf(symbols);
        return source == MarketDataKind.BARS
                ? new DataSubscription(wanted, Set.of(MarketDataKind.BARS), Set.of(barTimeframe), Set.of())
                : DataSubscription.of(wanted, source);
    }

    static MarketDataKind source(String name) {
        return switch (name) {
            case "bars" -> MarketDataKind.BARS;
            case "ticks" -> MarketDataKind.TICKS;
            case "quotes" -> MarketDataKind.QUOTES;
            default -> throw new IllegalArgumentException("source '" + name + "' must be bars, ticks or quotes");
        };
    }
}
