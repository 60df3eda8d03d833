package io.dto.plugins.fixsim;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's configuration, as {@code plugin-manifest.json} declares it (keys in snake case, defaults filled in
 * by the gateway; the same defaults apply here when a key is absent).
 *
 * @param settingsFile a QuickFIX/J settings file to use instead of the bundled sessions; empty for the bundled ones
 *     (whose port is {@code port}). A file's own SocketAcceptPort wins.
 * @param referencePrices per symbol, a price the liquidity provider quotes around until the first quote arrives
 * @param bookDepth how many levels the {@code book} operation shows unless asked for another depth
 */
public record FixSimConfig(int port, Set<String> symbols, String settingsFile, LiquidityConfig liquidity,
        Map<String, BigDecimal> referencePrices, int bookDepth) {

    public static final int DEFAULT_BOOK_DEPTH = 5;

    public FixSimConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("symbols must name at least one symbol, e.g. [\"AAPL\"]");
        }
        if (bookDepth < 1 || bookDepth > LiquidityConfig.MAX_LEVELS) {
            throw new IllegalArgumentException("book_depth must be between 1 and " + LiquidityConfig.MAX_LEVELS
                    + ", got " + bookDepth);
        }
        symbols = Set.copyOf(symbols);
        for (Map.Entry<String, BigDecimal> reference : referencePrices.entrySet()) {
            if (!symbols.contains(reference.getKey()) || reference.getValue().signum() <= 0) {
                throw new IllegalArgumentException("reference_prices." + reference.getKey() + " must be a positive"
                        + " price for one of the symbols " + symbols + ", got "
                        + reference.getValue().toPlainString());
            }
        }
        referencePrices = Map.copyOf(referencePrices);
    }

    /** Reads the configuration; a bad value fails with a message that names the key and what it accepts. */
    public static FixSimConfig from(JsonObject json) {
        LiquidityConfig defaults = LiquidityConfig.defaults();
        LiquidityConfig liquidity = new LiquidityConfig(
                json.getBoolean("liquidity_enabled", defaults.enabled()),
                json.getInteger("liquidity_levels", defaults.levels()),
                json.getLong("liquidity_size", defaults.size()),
                decimal(json, "liquidity_tick", defaults.tick()),
                decimal(json, "liquidity_min_spread_bps", defaults.minSpreadBps()));
        return new FixSimConfig(
                json.getInteger("port", FixSimVenue.DEFAULT_PORT),
                symbols(json.getJsonArray("symbols")),
                json.getString("settings_file", ""),
                liquidity,
                prices(json.getJsonObject("reference_prices", new JsonObject())),
                json.getInteger("book_depth", DEFAULT_BOOK_DEPTH));
    }

    private static Set<String> symbols(JsonArray array) {
        if (array == null) {
            return Set.of("AAPL", "MSFT", "GOOGL");
        }
        Set<String> symbols = new LinkedHashSet<>();
        for (Object symbol : array) {
            if (!(symbol instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException("symbols must be an array of non-empty strings, got " + array);
            }
            symbols.add(s);
        }
        return symbols;
    }

    private static Map<String, BigDecimal> prices(JsonObject json) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        json.forEach(entry -> {
            if (!(entry.getValue() instanceof Number n)) {
                throw new IllegalArgumentException("reference_prices." + entry.getKey() + " must be a number, got "
                        + entry.getValue());
            }
            prices.put(entry.getKey(), new BigDecimal(n.toString()));
        });
        return prices;
    }

    private static BigDecimal decimal(JsonObject json, String key, BigDecimal fallback) {
        Number value = json.getNumber(key);
        return value == null ? fallback : new BigDecimal(value.toString());
    }
}
