package io.dto.plugins.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import io.dto.testkit.PluginHarness;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plugin against a real WebSocket server on a free loopback port. */
@ExtendWith(VertxExtension.class)
class WebSocketDataProviderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FeedServer server;
    private PluginHarness<WebSocketDataProvider> harness;
    private final AwaitingSink sink = new AwaitingSink();

    @BeforeEach
    void startServer(Vertx vertx) throws Exception {
        server = FeedServer.start(vertx);
    }

    @AfterEach
    void stopPlugin() {
        if (harness != null) {
            harness.close();
        }
    }

    private JsonObject config() {
        return new JsonObject()
                .put("url", server.url())
                .put("symbols", new JsonArray().add("AAPL").add("MSFT"))
                .put("fields", new JsonObject().put("symbol", "s").put("price", "p").put("size", "q")
                        .put("timestamp", "T").put("side", "m"))
                .put("filter_field", "e").put("filter_value", "trade")
                .put("subscribe_template", "{\"op\":\"subscribe\",\"args\":{symbols}}")
                .put("heartbeat_message", "{\"op\":\"ping\"}")
                .put("heartbeat_interval_ms", 50)
                .put("reconnect_initial_ms", 20)
                .put("reconnect_max_ms", 200)
                .put("max_message_bytes", 1024);
    }

    private WebSocketDataProvider start(JsonObject config) {
        harness = PluginHarness.builder(new WebSocketDataProvider()).config(config).build().start();
        harness.await(harness.plugin().startStreaming(Set.of("AAPL", "MSFT"), sink), "startStreaming");
        return harness.plugin();
    }

    private String trade(String symbol, double price, long lagMillis) {
        return new JsonObject().put("e", "trade").put("s", symbol).put("p", price).put("q", 100).put("m", "buy")
                .put("T", harness.clock().millis() - lagMillis).encode();
    }

    @Test
    @DisplayName("subscribes with the template, maps trades by field paths, measures lag and sends heartbeats")
    void shouldStreamMappedTradesWithLagAndHeartbeats() throws Exception {
        WebSocketDataProvider feed = start(config());
        assertThat(server.awaitMessage("subscribe")).contains("[\"AAPL\",\"MSFT\"]");

        server.send(0, "{\"e\":\"ack\",\"ok\":true}");
        server.send(0, trade("TSLA", 250.0, 0));
        server.send(0, "[" + trade("AAPL", 187.5, 250) + "," + trade("MSFT", 375.0, 40) + "]");
        sink.await("two trades", s -> s.ticks().size() == 2, WAIT);

        Tick aapl = sink.ticks().get(0);
        assertThat(aapl.symbol()).isEqualTo("AAPL");
        assertThat(aapl.price()).isEqualTo(187.5);
        assertThat(aapl.size()).isEqualTo(100);
        assertThat(aapl.aggressor()).isEqualTo(Side.BUY);
        assertThat(feed.lastLagMillis()).isEqualTo(40.0);
        assertThat(harness.metrics().timings("lag")).hasSize(2);
        assertThat(harness.metrics().counter("messages.ignored")).isEqualTo(2.0);
        assertThat(server.awaitMessage("ping")).isEqualTo("{\"op\":\"ping\"}");
        assertThat(sink.garbage()).isEmpty();
    }

    @Test
    @DisplayName("garbage, malformed, binary and oversized frames are counted and logged; the stream goes on")
    void shouldCountGarbageAndKeepStreaming() throws Exception {
        start(config());
        server.awaitMessage("subscribe");
        server.send(0, "not json at all");
        server.send(0, "42");
        server.send(0, "{\"e\":\"trade\",\"s\":\"AAPL\",\"T\":1}");
        server.send(0, new JsonObject().put("e", "trade").put("s", "AAPL").put("p", -5).put("q", 1).put("T", 1)
                .encode());
        server.connection(0).writeBinaryMessage(Buffer.buffer(new byte[] {1, 2, 3}));
        server.send(0, "{\"e\":\"trade\",\"pad\":\"" + "x".repeat(5000) + "\"}");
        server.send(0, trade("AAPL", 187.5, 0));
        sink.await("the good trade after the garbage", s -> s.ticks().size() == 1, WAIT);

        assertThat(sink.garbage()).hasSize(6);
        assertThat(sink.garbage()).anySatisfy(r -> assertThat(r).isEqualTo("not JSON"))
                .anySatisfy(r -> assertThat(r).isEqualTo("not a JSON object"))
                .anySatisfy(r -> assertThat(r).contains("field 'price'"))
                .anySatisfy(r -> assertThat(r).contains("positive"))
                .anySatisfy(r -> assertThat(r).startsWith("binary message"))
                .anySatisfy(r -> assertThat(r).startsWith("oversized message"));
        assertThat(harness.metrics().counter("garbage")).isEqualTo(6.0);
        assertThat(harness.logger().entries()).filteredOn(e -> e.message().startsWith("garbage from")).hasSize(6);
    }

    @Test
    @DisplayName("a dropped connection is redialled with backoff, subscribed again, and the stream resumes")
    void shouldReconnectResubscribeAndResume() throws Exception {
        start(config());
        server.awaitMessage("subscribe");
        server.send(0, trade("AAPL", 187.5, 0));
        sink.await("the first trade", s -> s.ticks().size() == 1, WAIT);

        server.connection(0).close();
        ServerWebSocket second = server.connection(1);
        sink.await("the reconnect notice", s -> s.reconnects().size() == 1, WAIT);
        assertThat(sink.reconnects().get(0)).contains("closed");
        server.awaitCount("subscribe", 2);
        second.writeTextMessage(trade("MSFT", 375.0, 0));
        sink.await("the trade after the reconnect", s -> s.ticks().size() == 2, WAIT);
        assertThat(harness.metrics().counter("reconnects")).isEqualTo(1.0);
    }

    @Test
    @DisplayName("a connection that goes silent past the idle timeout is dropped and redialled")
    void shouldRedialSilentConnection() throws Exception {
        start(config().put("heartbeat_interval_ms", 20).put("idle_timeout_ms", 100));
        server.awaitMessage("subscribe");
        server.connection(1);
        sink.await("the reconnect notice", s -> !s.reconnects().isEmpty(), WAIT);
        assertThat(harness.logger().entries()).anySatisfy(e -> assertThat(e.message()).contains("silent for over"));
    }

    @Test
    @DisplayName("on PAUSE the socket stops reading; onResume delivers what waited, in order")
    void shouldStopReadingWhilePaused() throws Exception {
        WebSocketDataProvider feed = start(config());
        server.awaitMessage("subscribe");
        sink.pauseAfter(1);
        for (int i = 0; i < 4; i++) {
            server.send(0, trade("AAPL", 100 + i, 0)).toCompletionStage().toCompletableFuture().get();
        }
        sink.await("the trade that paused", s -> s.ticks().size() == 1, WAIT);
        server.send(0, trade("AAPL", 200, 0)).toCompletionStage().toCompletableFuture().get();
        sink.unpause();
        feed.onResume();
        sink.await("the rest", s -> s.ticks().size() == 5, WAIT);
        assertThat(sink.ticks()).extracting(Tick::price).containsExactly(100.0, 101.0, 102.0, 103.0, 200.0);
        assertThat(sink.offeredWhilePaused()).isZero();
    }

    @Test
    @DisplayName("a url that is not ws:// or wss:// fails initialization, saying what is expected")
    void shouldRefuseNonWebSocketUrl() {
        PluginHarness<WebSocketDataProvider> plugin = PluginHarness.builder(new WebSocketDataProvider())
                .config(config().put("url", "http://example.org/feed")).build();
        assertThat(plugin.initialize().cause()).hasMessageContaining("ws:// or wss://");
        plugin.close();
    }
}
