package io.dto.plugins.macrossover;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The strategy's configuration, read once from the validated JSON. The manifest bounds each value; this adds the
 * guide's cross-field rule that the short period is shorter than the long one.
 *
 * @param symbols the symbols to trade, without duplicates, in configured order
 * @param strength the conviction every signal carries (0 to 1)
 */
record MaCrossoverConfig(int shortPeriod, int longPeriod, List<String> symbols, double strength) {

    MaCrossoverConfig {
        symbols = List.copyOf(symbols);
    }

    /** Reads the validated configuration; throws {@link IllegalArgumentException} saying what to change. */
    static MaCrossoverConfig from(JsonObject config) {
        int shortPeriod = config.getInteger("short_period");
        int longPeriod = config.getInteger("long_period");
        if (shortPeriod >= longPeriod) {
            throw new IllegalArgumentException("short_period (" + shortPeriod + ") must be less than long_period ("
                    + longPeriod + "): the short average has to react faster than the long one; lower short_period "
                    + "or raise long_period");
        }
        LinkedHashSet<String> symbols = new LinkedHashSet<>();
        config.getJsonArray("symbols").forEach(symbol -> {
            String text = String.valueOf(symbol).trim();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("symbols must not contain a blank entry");
            }
            symbols.add(text);
        });
        return new MaCrossoverConfig(shortPeriod, longPeriod, List.copyOf(symbols), config.getDouble("strength"));
    }
}
