package io.dto.plugins.replay;

import io.dto.api.MarketDataKind;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The replay's configuration, read once from the validated JSON.
 *
 * @param files the files to replay, merged in timestamp order
 * @param format {@code csv}, {@code jsonl}, or {@code auto} (by each file's extension)
 * @param kind what each row is: bars, ticks or quotes
 * @param symbol the symbol of rows without a symbol column; empty: the file name up to its first '-' or '.'
 * @param columns our field name to the file's column or JSON path
 * @param speed replay speed: 1 is real time, 10 ten times faster, 0 as fast as possible
 * @param batch rows offered per event-loop turn when replaying as fast as possible
 * @param deriveQuotes after each bar, also offer a quote around its close (for brokers that fill on quotes)
 * @param rateLimit the historical requests per minute this provider declares
 */
record ReplayConfig(List<Path> files, String format, MarketDataKind kind, String symbol, Map<String, String> columns,
        String timestampFormat, ZoneId zone, String barTimeframe, double speed, int batch, boolean deriveQuotes,
        double derivedSpreadBps, int rateLimit) {

    ReplayConfig {
        files = List.copyOf(files);
        columns = Map.copyOf(columns);
    }

    /** @throws IllegalArgumentException saying what to change */
    static ReplayConfig from(JsonObject config) {
        List<Path> files = config.getJsonArray("files").stream().map(f -> Path.of(String.valueOf(f))).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files must name at least one CSV or JSONL file to replay");
        }
        String format = config.getString("format").toLowerCase(Locale.ROOT);
        if (!List.of("auto", "csv", "jsonl").contains(format)) {
            throw new IllegalArgumentException("format '" + format + "' must be auto, csv or jsonl");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        config.getJsonObject("columns").forEach(e -> columns.put(e.getKey(), String.valueOf(e.getValue())));
        double speed = config.getDouble("speed");
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or positive, got " + speed);
        }
        return new ReplayConfig(files, format, kind(config.getString("kind")), config.getString("symbol").trim(),
                columns, config.getString("timestamp_format"), ZoneId.of(config.getString("timezone")),
                config.getString("bar_timeframe"), speed, config.getInteger("batch"),
                config.getBoolean("derive_quotes"), config.getDouble("derived_spread_bps"),
                config.getInteger("rate_limit"));
    }

    private static MarketDataKind kind(String name) {
        return switch (name) {
            case "bars" -> MarketDataKind.BARS;
            case "ticks" -> MarketDataKind.TICKS;
            case "quotes" -> MarketDataKind.QUOTES;
            default -> throw new IllegalArgumentException("kind '" + name + "' must be bars, ticks or quotes");
        };
    }

    /** The symbol of a file's rows that name none. */
    String symbolOf(Path file) {
        if (!symbol.isEmpty()) {
            return symbol;
        }
        String name = file.getFileName().toString();
        int end = name.length();
        for (char stop : new char[] {'-', '.'}) {
            int at = name.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return name.substring(0, end).toUpperCase(Locale.ROOT);
    }

    boolean jsonl(Path file) {
        return format.equals("jsonl") || format.equals("auto") && file.toString().toLowerCase(Locale.ROOT)
                .endsWith(".jsonl");
    }
}
