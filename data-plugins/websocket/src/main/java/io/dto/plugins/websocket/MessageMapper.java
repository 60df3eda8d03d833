package io.dto.plugins.websocket;

import io.dto.api.MarketDataKind;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Maps one JSON message to a tick, quote or bar through configured field paths (dotted, {@code data.p}). For each
 * of our fields ({@code symbol}, {@code timestamp}, {@code price}, {@code size}, {@code side}, {@code bid},
 * {@code bid_size}, {@code ask}, {@code ask_size}, {@code open}, {@code high}, {@code low}, {@code close},
 * {@code volume}) the configured path, or the field's own name. Timestamps are epoch milliseconds, epoch seconds or
 * ISO-8601 instants.
 */
final class MessageMapper {

    private final MarketDataKind kind;
    private final Map<String, String> fields;
    private final String timestampFormat;
    private final String barTimeframe;

    MessageMapper(MarketDataKind kind, Map<String, String> fields, String timestampFormat, String barTimeframe) {
        this.kind = kind;
        this.fields = Map.copyOf(fields);
        this.timestampFormat = timestampFormat;
        this.barTimeframe = barTimeframe;
    }

    /** @throws IllegalArgumentException naming the missing or malformed field (the message is garbage) */
    MarketData map(JsonObject message) {
        String symbol = text(message, "symbol");
        Instant at = timestamp(text(message, "timestamp"));
        return switch (kind) {
            case TICKS -> new Tick(symbol, at, number(message, "price"), whole(message, "size"),
                    side(value(message, "side")));
            case QUOTES -> new Quote(symbol, at, number(message, "bid"), whole(message, "bid_size"),
                    number(message, "ask"), whole(message, "ask_size"));
            case BARS -> new Bar(symbol, barTimeframe, at, number(message, "open"), number(message, "high"),
                    number(message, "low"), number(message, "close"), whole(message, "volume"));
        };
    }

    /** The value at a dotted path, or null. */
    static Object path(JsonObject json, String path) {
        Object value = json;
        for (String part : path.split("\\.")) {
            if (!(value instanceof JsonObject object)) {
                return null;
            }
            value = object.getValue(part);
        }
        return value;
    }

    private Object value(JsonObject message, String field) {
        return path(message, fields.getOrDefault(field, field));
    }

    private String text(JsonObject message, String field) {
        Object value = value(message, field);
        if (value == null || value instanceof JsonObject || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' (path '" + fields.getOrDefault(field, field)
                    + "') is missing");
        }
        return String.valueOf(value);
    }

    private double number(JsonObject message, String field) {
        String text = text(message, field);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + field + "' is not a number: '" + text + "'");
        }
    }

    private long whole(JsonObject message, String field) {
        double value = number(message, field);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("field '" + field + "' is not a whole number: " + value);
        }
        return (long) value;
    }

    private Instant timestamp(String text) {
        try {
            return switch (timestampFormat) {
                case "epoch_millis" -> Instant.ofEpochMilli(Long.parseLong(text));
                case "epoch_seconds" -> Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
                default -> Instant.parse(text);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp '" + text + "' is not " + timestampFormat);
        }
    }

    private static Side side(Object value) {
        if (value == null) {
            return null;
        }
        return switch (String.valueOf(value).toUpperCase(Locale.ROOT)) {
            case "BUY", "B" -> Side.BUY;
            case "SELL", "S" -> Side.SELL;
            default -> throw new IllegalArgumentException("field 'side' must be buy or sell, got '" + value + "'");
        };
    }
}
