package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.Tick;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The websocket plugin's jar in a real gateway, against a WebSocket server on a free loopback port. */
@ExtendWith(VertxExtension.class)
class WebSocketFeedSystemTest {

    @TempDir
    Path plugins;

    @Test
    @DisplayName("a trade from a WebSocket feed reaches md.tick.<SYMBOL> through the websocket plugin's sink")
    void shouldPublishTradesOfWebSocketFeed(Vertx vertx, VertxTestContext test) throws Exception {
        BuiltInPlugins.copy(plugins, "websocket");
        HttpServer server = vertx.createHttpServer().webSocketHandler(socket -> socket.textMessageHandler(text -> {
            if (text.contains("subscribe")) {
                socket.writeTextMessage(new JsonObject().put("symbol", "AAPL").put("price", 187.5).put("size", 100)
                        .put("timestamp", System.currentTimeMillis()).encode());
            }
        }));
        Promise<Tick> tick = Promise.promise();
        MessageConsumer<Tick> consumer = vertx.eventBus().consumer(Addresses.tick("AAPL"),
                m -> tick.tryComplete(m.body()));
        server.listen(0, "127.0.0.1")
                .compose(listening -> consumer.completion().map(listening.actualPort()))
                .compose(port -> {
                    JsonObject config = GatewayHarness.config(plugins);
                    config.getJsonObject("plugins").put("config", new JsonObject().put("websocket", new JsonObject()
                            .put("url", "ws://127.0.0.1:" + port + "/feed")
                            .put("symbols", new JsonArray().add("AAPL"))));
                    return GatewayHarness.start(vertx, config);
                })
                .onComplete(test.succeeding(gateway -> tick.future().compose(first -> {
                    test.verify(() -> {
                        assertThat(first.price()).isEqualTo(187.5);
                        assertThat(first.size()).isEqualTo(100);
                        assertThat(gateway.gateway().plugins().stats("websocket").feedGarbage()).isZero();
                    });
                    return gateway.stop().compose(v -> server.close());
                }).onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }
}
