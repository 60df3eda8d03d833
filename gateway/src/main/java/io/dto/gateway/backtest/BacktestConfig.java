package io.dto.gateway.backtest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code backtest} section of {@code gateway.yaml}: whether the gateway reports a replay's trading when the
 * replay ends.
 *
 * @param enabled collect fills and prices and print a summary when a data provider's stream finishes
 * @param exitWhenDone stop the gateway after the summary ({@code bin/gateway run} then exits)
 * @param startingEquity the equity that P&amp;L and drawdown are measured from
 * @param symbols the symbols whose quotes and trades mark open positions to market
 * @param settleMillis how long the order path must be quiet after the end before the summary is taken
 */
public record BacktestConfig(boolean enabled, boolean exitWhenDone, BigDecimal startingEquity, List<String> symbols,
        long settleMillis) {

    public BacktestConfig {
        symbols = List.copyOf(symbols);
    }

    public static BacktestConfig from(JsonObject section, List<String> problems) {
        boolean enabled = bool(section, "enabled", false, problems);
        boolean exit = bool(section, "exit_when_done", true, problems);
        Object equity = section.getValue("starting_equity", 100_000);
        if (!(equity instanceof Number number && number.doubleValue() > 0)) {
            problems.add("backtest.starting_equity must be a positive number, got " + equity);
            equity = 100_000;
        }
        List<String> symbols = new ArrayList<>();
        Object listed = section.getValue("symbols", new JsonArray());
        if (listed instanceof JsonArray array) {
            array.forEach(symbol -> symbols.add(String.valueOf(symbol)));
        } else {
            problems.add("backtest.symbols must be a list of symbols, got " + listed);
        }
        Object settle = section.getValue("settle_ms", 1000);
        if (!(settle instanceof Number millis && millis.longValue() >= 0)) {
            problems.add("backtest.settle_ms must be a whole number of at least 0, got " + settle);
            settle = 1000;
        }
        return new BacktestConfig(enabled, exit, new BigDecimal(equity.toString()), symbols,
                ((Number) settle).longValue());
    }

    private static boolean bool(JsonObject section, String key, boolean fallback, List<String> problems) {
        Object value = section.getValue(key, fallback);
        if (value instanceof Boolean flag) {
            return flag;
        }
        problems.add("backtest." + key + " must be true or false, got " + value);
        return fallback;
    }
}
