package io.dto.plugins.replay;

import io.dto.api.MarketDataKind;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a row into a tick, quote or bar through the column mapping: for each of our field names ({@code timestamp},
 * {@code symbol}, {@code open} ... {@code volume}, {@code price}, {@code size}, {@code side}, {@code bid},
 * {@code bid_size}, {@code ask}, {@code ask_size}) the name of the file's column or JSON path; unmapped fields use
 * their own name (an unmapped timestamp is also found as {@code date}, {@code time} or {@code datetime}). A row
 * without a symbol column takes the file's configured symbol.
 */
final class RowMapper {

    /** Where an unmapped timestamp is also looked for. */
    private static final String[] TIMESTAMP_ALIASES = {"date", "time", "datetime"};

    private final MarketDataKind kind;
    private final Map<String, String> columns;
    private final TimestampParser timestamps;
    private final String barTimeframe;

    RowMapper(MarketDataKind kind, Map<String, String> columns, TimestampParser timestamps, String barTimeframe) {
        this.kind = kind;
        this.columns = Map.copyOf(columns);
        this.timestamps = timestamps;
        this.barTimeframe = barTimeframe;
    }

    /** @throws IllegalArgumentException naming the field that is missing or malformed */
    MarketData map(Fields row, String defaultSymbol) {
        String symbol = optional(row, "symbol");
        symbol = symbol == null || symbol.isBlank() ? defaultSymbol : symbol.trim();
        if (symbol == null) {
            throw new IllegalArgumentException("no symbol: map a symbol column or set the file's symbol");
        }
        Instant at = timestamps.parse(required(row, "timestamp"));
        return switch (kind) {
            case BARS -> new Bar(symbol, barTimeframe, at, number(row, "open"), number(row, "high"),
                    number(row, "low"), number(row, "close"), whole(row, "volume"));
            case TICKS -> new Tick(symbol, at, number(row, "price"), whole(row, "size"), side(optional(row, "side")));
            case QUOTES -> new Quote(symbol, at, number(row, "bid"), whole(row, "bid_size"), number(row, "ask"),
                    whole(row, "ask_size"));
        };
    }

    private String column(String field) {
        return columns.getOrDefault(field, field);
    }

    private String optional(Fields row, String field) {
        String value = row.get(column(field));
        if (value == null && field.equals("timestamp") && !columns.containsKey(field)) {
            for (String alias : TIMESTAMP_ALIASES) {
                value = value == null ? row.get(alias) : value;
            }
        }
        return value;
    }

    private String required(Fields row, String field) {
        String value = optional(row, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' (column '" + column(field) + "') is missing");
        }
        return value.trim();
    }

    private double number(Fields row, String field) {
        String text = required(row, field);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + field + "' is not a number: '" + text + "'");
        }
    }

    private long whole(Fields row, String field) {
        double value = number(row, field);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("field '" + field + "' is not a whole number: " + value);
        }
        return (long) value;
    }

    private static Side side(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "BUY", "B", "BID" -> Side.BUY;
            case "SELL", "S", "ASK" -> Side.SELL;
            default -> throw new IllegalArgumentException("field 'side' must be buy or sell, got '" + text + "'");
        };
    }
}
