package io.dto.plugins.synthetic;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic feed's configuration, read once from the validated JSON (types, bounds and defaults are the
 * manifest's; what the manifest cannot express is checked here).
 *
 * @param symbols what the feed offers, and streams when asked to stream no particular symbol
 * @param startPrices the first mid price per symbol
 * @param defaultStartPrice the first mid price of a symbol not in {@code startPrices}
 * @param volatility annualized volatility of the mid (0.25 = 25% a year of trading time)
 * @param drift annualized drift of the mid
 * @param spreadBps the quoted spread in basis points of the mid (at least one tick)
 * @param rate quotes per second per symbol
 * @param tradeProbability the chance that a quote update comes with a trade
 * @param lotSize the round lot: displayed and traded sizes are multiples of it
 */
record SyntheticConfig(List<String> symbols, Map<String, Double> startPrices, double defaultStartPrice,
        double volatility, double drift, double spreadBps, double tickSize, double rate, double tradeProbability,
        long lotSize, long seed) {

    SyntheticConfig {
        symbols = List.copyOf(symbols);
        startPrices = Map.copyOf(startPrices);
    }

    /** Reads the validated configuration; throws {@link IllegalArgumentException} naming what to fix. */
    static SyntheticConfig from(JsonObject config) {
        List<String> problems = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        JsonArray symbolArray = config.getJsonArray("symbols");
        for (int i = 0; i < symbolArray.size(); i++) {
            String symbol = symbolArray.getString(i);
            if (symbol.isBlank()) {
                problems.add("symbols item " + i + " is blank");
            } else {
                symbols.add(symbol);
            }
        }
        Map<String, Double> startPrices = new LinkedHashMap<>();
        config.getJsonObject("start_prices").forEach(entry -> {
            if (entry.getValue() instanceof Number price && price.doubleValue() > 0
                    && Double.isFinite(price.doubleValue())) {
                startPrices.put(entry.getKey(), price.doubleValue());
            } else {
                problems.add("start_prices." + entry.getKey() + " must be a positive number, got "
                        + entry.getValue());
            }
        });
        double rate = config.getDouble("rate");
        if (1000.0 / rate < 1.0) {
            problems.add("rate " + rate + " is more than one update per millisecond; at most 1000 per second");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid synthetic feed configuration: " + String.join("; ",
                    problems));
        }
        return new SyntheticConfig(symbols, startPrices, config.getDouble("default_start_price"),
                config.getDouble("volatility"), config.getDouble("drift"), config.getDouble("spread_bps"),
                config.getDouble("tick_size"), rate, config.getDouble("trade_probability"),
                config.getLong("lot_size"), config.getLong("seed"));
    }

    double startPrice(String symbol) {
        return startPrices.getOrDefault(symbol, defaultStartPrice);
    }

    /** The timer period that gives {@link #rate()} updates a second. */
    long periodMillis() {
        return Math.max(1, Math.round(1000.0 / rate));
    }
}
