package io.dto.plugins.websocket;

import io.dto.api.Capabilities;
import io.dto.api.DataProviderPlugin;
import io.dto.api.MarketDataSink;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.SinkStatus;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Streams a JSON feed over {@code ws://} or {@code wss://} (the Vert.x WebSocket client of {@code vertx()}, which
 * needs {@code access_external_apis}). Each text message (an object, or an array of objects) is mapped by the
 * configured field paths to a tick, quote or bar of a subscribed symbol and offered to the sink; the lag between the
 * message's exchange time and its arrival is recorded. Anything that cannot be mapped (not JSON, missing or
 * malformed fields, binary or oversized messages) is reported to the sink as garbage and counted; no exception
 * leaves the plugin. The connection redials with exponential backoff and jitter after a drop and subscribes again.
 *
 * <p>Threading: {@code startStreaming} captures a Vert.x context (the plugin's own in the gateway); the connection,
 * its timers and every offer to the sink run on it. On {@link SinkStatus#PAUSE} the socket stops reading, so the
 * server meets TCP back-pressure, until {@link #onResume()}.
 */
public final class WebSocketDataProvider implements DataProviderPlugin, FeedConnection.Listener {

    static final String NAME = "websocket";
    static final String VERSION = "1.0.0";

    private PluginContext context;
    private WebSocketConfig config;
    private MessageMapper mapper;
    private Context feedContext;
    private FeedConnection connection;
    private MarketDataSink sink;
    private Set<String> streamed = Set.of();
    private volatile double lastLagMillis = Double.NaN;

    @Override
    public PluginInfo info() {
        Set<String> symbols = config == null ? Set.of() : Set.copyOf(config.symbols());
        return new PluginInfo(NAME, VERSION, PluginType.DATA_PROVIDER,
                "Streams a WebSocket JSON feed with reconnects, heartbeats and lag measurement",
                new Capabilities(symbols, Set.of("realtime", "tick"), Set.of(), Set.of(),
                        config == null ? 0 : config.rateLimit()));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = WebSocketConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        mapper = new MessageMapper(config.kind(), config.fields(), config.timestampFormat(), config.barTimeframe());
        context.metrics().gauge("lag.last_ms", () -> lastLagMillis);
        return Future.succeededFuture();
    }

    /**
     * Connects and subscribes to the given symbols (in alphabetical order; the configured ones, in their order, when
     * the set is empty); completes after the first connection attempt, which is retried if it failed.
     */
    @Override
    public Future<Void> startStreaming(Set<String> symbols, MarketDataSink sink) {
        if (connection != null) {
            return Future.failedFuture(new IllegalStateException("already streaming; call stopStreaming() first"));
        }
        List<String> wanted = symbols == null || symbols.isEmpty() ? config.symbols()
                : symbols.stream().sorted().toList();
        Vertx vertx = context.vertx();
        this.sink = sink;
        this.streamed = Set.copyOf(wanted);
        this.feedContext = vertx.getOrCreateContext();
        return onFeedContext(() -> {
            connection = new FeedConnection(vertx, config, config.subscribeMessages(wanted), this,
                    context.logger());
            return connection.start();
        });
    }

    @Override
    public Future<Void> stopStreaming() {
        if (connection == null) {
            return Future.succeededFuture();
        }
        FeedConnection closing = connection;
        connection = null;
        return onFeedContext(closing::stop);
    }

    @Override
    public void onResume() {
        FeedConnection current = connection;
        if (current != null) {
            feedContext.runOnContext(v -> current.resume());
        }
    }

    /** A WebSocket feed streams; it keeps no history to serve. */
    @Override
    public Future<List<Bar>> historicalBars(String symbol, Instant from, Instant to, String timeframe) {
        return Future.failedFuture(new UnsupportedOperationException("the websocket feed '" + context.pluginId()
                + "' streams only and keeps no history; ask a provider with history (replay, synthetic)"));
    }

    @Override
    public Future<Void> cleanup() {
        return stopStreaming();
    }

    @Override
    public void onText(String message) {
        context.metrics().increment("messages.received");
        try {
            if (message.length() > config.maxMessageBytes() / 3
                    && message.getBytes(StandardCharsets.UTF_8).length > config.maxMessageBytes()) {
                garbage("oversized message (over " + config.maxMessageBytes() + " bytes)", message);
                return;
            }
            Object parsed = Json.decodeValue(message);
            if (parsed instanceof JsonArray array) {
                array.forEach(item -> offer(item, message));
            } else {
                offer(parsed, message);
            }
        } catch (DecodeException e) {
            garbage("not JSON", message);
        } catch (RuntimeException e) {
            garbage("could not handle the message: " + e, message);
        }
    }

    @Override
    public void onBinary(Buffer message) {
        garbage("binary message of " + message.length() + " bytes; the feed speaks JSON text", "");
    }

    @Override
    public void onDropped(String reason) {
        context.metrics().increment("reconnects");
        sink.reconnecting(reason);
    }

    /** The lag of the last update: its arrival time minus its exchange time, in milliseconds (NaN before one). */
    double lastLagMillis() {
        return lastLagMillis;
    }

    private void offer(Object item, String message) {
        if (!(item instanceof JsonObject json)) {
            garbage("not a JSON object", message);
            return;
        }
        if (!config.filterField().isBlank()
                && !config.filterValue().equals(String.valueOf(MessageMapper.path(json, config.filterField())))) {
            context.metrics().increment("messages.ignored");
            return;
        }
        MarketData data;
        try {
            data = mapper.map(json);
        } catch (IllegalArgumentException e) {
            garbage(e.getMessage(), message);
            return;
        }
        if (!streamed.contains(data.symbol())) {
            context.metrics().increment("messages.ignored");
            return;
        }
        long lag = context.clock().millis() - data.timestamp().toEpochMilli();
        lastLagMillis = lag;
        context.metrics().recordNanos("lag", Math.max(0, lag) * 1_000_000);
        if (sink.offer(data) == SinkStatus.PAUSE && connection != null) {
            connection.pause();
        }
    }

    private void garbage(String reason, String message) {
        context.metrics().increment("garbage");
        context.logger().debug("garbage from {} ({}): {}", config.url(), reason, message);
        sink.garbage(reason, message);
    }

    private <T> Future<T> onFeedContext(Callable<Future<T>> work) {
        Promise<T> done = Promise.promise();
        feedContext.runOnContext(v -> {
            try {
                work.call().onComplete(done);
            } catch (Exception e) {
                done.fail(e);
            }
        });
        return done.future();
    }
}
