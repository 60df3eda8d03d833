package io.dto.plugins.websocket;

import io.dto.api.MarketDataKind;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The feed's configuration, read once from the validated JSON.
 *
 * @param subscribeTemplate the message sent after each connect: with {@code {symbol}} once per symbol, with
 *     {@code {symbols}} once with a JSON array of all; empty sends nothing (the URL itself selects the stream)
 * @param filterField a path that must equal {@code filterValue} for a message to be mapped (other messages,
 *     such as subscription acknowledgements, are ignored); empty maps every message
 * @param heartbeatMessage the text sent every {@code heartbeatMillis}; empty sends a WebSocket ping frame
 * @param idleTimeoutMillis a connection that receives nothing (not even a pong) this long is dropped and redialled
 * @param maxMessageBytes a longer message is garbage; the connection itself refuses 16 times more
 */
record WebSocketConfig(URI url, List<String> symbols, MarketDataKind kind, Map<String, String> fields,
        String timestampFormat, String barTimeframe, String subscribeTemplate, String filterField,
        String filterValue, String heartbeatMessage, long heartbeatMillis, long idleTimeoutMillis,
        long reconnectInitialMillis, long reconnectMaxMillis, double reconnectJitter, int maxMessageBytes,
        int rateLimit) {

    WebSocketConfig {
        symbols = List.copyOf(symbols);
        fields = Map.copyOf(fields);
    }

    /** @throws IllegalArgumentException saying what to change */
    static WebSocketConfig from(JsonObject config) {
        String url = config.getString("url").trim();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url '" + url + "' is not a URI: " + e.getMessage());
        }
        if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be a ws:// or wss:// address of the feed, got '" + url + "'");
        }
        LinkedHashSet<String> symbols = new LinkedHashSet<>();
        config.getJsonArray("symbols").forEach(s -> symbols.add(String.valueOf(s).trim()));
        Map<String, String> fields = new LinkedHashMap<>();
        config.getJsonObject("fields").forEach(e -> fields.put(e.getKey(), String.valueOf(e.getValue())));
        String timestamps = config.getString("timestamp_format");
        if (!List.of("epoch_millis", "epoch_seconds", "iso").contains(timestamps)) {
            throw new IllegalArgumentException("timestamp_format must be epoch_millis, epoch_seconds or iso");
        }
        return new WebSocketConfig(uri, List.copyOf(symbols), kind(config.getString("kind")), fields, timestamps,
                config.getString("bar_timeframe"), config.getString("subscribe_template"),
                config.getString("filter_field"), config.getString("filter_value"),
                config.getString("heartbeat_message"), config.getLong("heartbeat_interval_ms"),
                config.getLong("idle_timeout_ms"), config.getLong("reconnect_initial_ms"),
                config.getLong("reconnect_max_ms"), config.getDouble("reconnect_jitter"),
                config.getInteger("max_message_bytes"), config.getInteger("rate_limit"));
    }

    private static MarketDataKind kind(String name) {
        return switch (name) {
            case "bars" -> MarketDataKind.BARS;
            case "ticks" -> MarketDataKind.TICKS;
            case "quotes" -> MarketDataKind.QUOTES;
            default -> throw new IllegalArgumentException("kind '" + name + "' must be ticks, quotes or bars");
        };
    }

    /** The subscription messages for these symbols. */
    List<String> subscribeMessages(List<String> streamed) {
        if (subscribeTemplate.isBlank()) {
            return List.of();
        }
        if (subscribeTemplate.contains("{symbol}")) {
            return streamed.stream().map(s -> subscribeTemplate.replace("{symbol}", s)).toList();
        }
        return List.of(subscribeTemplate.replace("{symbols}", new io.vertx.core.json.JsonArray(streamed).encode()));
    }
}
