package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.api.message.Tick;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The built-in plugin jars, as the reactor packaged them, in a real gateway. */
@ExtendWith(VertxExtension.class)
class DefaultPluginsTest {

    @TempDir
    Path plugins;

    @Test
    @DisplayName("synthetic feed -> ma-crossover signals -> orders -> paper fills, visible through the API")
    void shouldTradeTheDemoEndToEnd(Vertx vertx, VertxTestContext test) throws Exception {
        BuiltInPlugins.copy(plugins, "synthetic", "ma-crossover", "paper");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("synthetic", new JsonObject().put("rate", 50).put("seed", 7))
                .put("ma-crossover", new JsonObject().put("symbols", new JsonArray().add("AAPL").add("MSFT"))
                        .put("short_period", 3).put("long_period", 8)));
        Promise<OrderEvent> filled = Promise.promise();
        MessageConsumer<OrderEvent> events = vertx.eventBus().consumer(Addresses.ORDER_EVENTS, m -> {
            if (m.body().status() == OrderStatus.FILLED && "ma-crossover".equals(m.body().strategyId())) {
                filled.tryComplete(m.body());
            }
        });
        events.completion()
                .compose(v -> GatewayHarness.start(vertx, config))
                .onComplete(test.succeeding(gateway -> filled.future()
                        .compose(order -> gateway.get("/api/orders/" + order.orderId()))
                        .compose(response -> {
                            test.verify(() -> {
                                JsonObject order = response.bodyAsJsonObject();
                                assertThat(order.getString("status")).isEqualTo("FILLED");
                                assertThat(order.getString("broker")).isEqualTo("paper");
                                assertThat(order.getDouble("filledQuantity")).isPositive();
                                assertThat(order.getJsonArray("executions")).isNotEmpty();
                                assertThat(order.getJsonArray("executions").getJsonObject(0).getString("execType"))
                                        .isIn("NEW", "TRADE");
                            });
                            return gateway.get("/ready");
                        })
                        .compose(ready -> {
                            test.verify(() -> assertThat(ready.statusCode()).isEqualTo(200));
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("the guide's integration cases on the real ma-crossover jar: load, register, execute, unload")
    void shouldRunTheGuideIntegrationCases(Vertx vertx, VertxTestContext test) throws Exception {
        BuiltInPlugins.copy(plugins, "ma-crossover");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject().put("ma-crossover", new JsonObject()
                .put("symbols", new JsonArray().add("AAPL")).put("short_period", 2).put("long_period", 5)));
        List<Signal> signals = new ArrayList<>();
        Promise<Void> buyThenSell = Promise.promise();
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway ->
                gateway.get("/api/plugins/ma-crossover")
                        .compose(registered -> {
                            test.verify(() -> {
                                JsonObject plugin = registered.bodyAsJsonObject();
                                assertThat(plugin.getString("state")).isEqualTo("RUNNING");
                                assertThat(plugin.getString("type")).isEqualTo("strategy");
                                assertThat(plugin.getJsonArray("permissions")).contains("read_market_data",
                                        "place_orders");
                                assertThat(plugin.getJsonObject("capabilities").getJsonArray("symbols"))
                                        .containsExactly("AAPL");
                            });
                            MessageConsumer<Signal> consumer = vertx.eventBus().consumer(
                                    Addresses.signal("ma-crossover"), m -> {
                                        signals.add(m.body());
                                        if (signals.stream().anyMatch(s -> s.action() == SignalAction.SELL)) {
                                            buyThenSell.tryComplete();
                                        }
                                    });
                            return consumer.completion().map(v -> consumer);
                        })
                        .compose(consumer -> {
                            double[] prices = {100, 100, 100, 100, 100, 101, 102, 103, 104, 105, 104, 102, 99, 96, 93};
                            for (double price : prices) {
                                vertx.eventBus().publish(Addresses.tick("AAPL"),
                                        new Tick("AAPL", Instant.now(), price, 100, null));
                            }
                            return buyThenSell.future().eventually(consumer::unregister);
                        })
                        .compose(v -> {
                            test.verify(() -> {
                                assertThat(signals).extracting(Signal::action)
                                        .containsExactly(SignalAction.BUY, SignalAction.SELL);
                                assertThat(signals.get(0).metadata()).containsKeys("short_ma", "long_ma");
                            });
                            return gateway.delete("/api/plugins/ma-crossover");
                        })
                        .compose(unloaded -> {
                            test.verify(() -> {
                                assertThat(unloaded.statusCode()).isEqualTo(200);
                                assertThat(gateway.gateway().plugins().registry().find("ma-crossover")).isEmpty();
                            });
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("ma-crossover with short_period >= long_period fails initialization with the guide's reason")
    void shouldFailInitializationOnInvalidPeriods(Vertx vertx, VertxTestContext test) {
        BuiltInPlugins.copy(plugins, "ma-crossover", "paper");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject().put("ma-crossover", new JsonObject()
                .put("short_period", 20).put("long_period", 10)));
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway ->
                Future.all(gateway.get("/api/plugins/ma-crossover"), gateway.get("/api/plugins/paper"))
                        .compose(both -> {
                            test.verify(() -> {
                                JsonObject strategy = both.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(0)
                                        .bodyAsJsonObject();
                                assertThat(strategy.getString("state")).isEqualTo("FAILED");
                                assertThat(strategy.getJsonArray("lastError").encode())
                                        .contains("short_period (20) must be less than long_period (10)");
                                assertThat(both.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(1)
                                        .bodyAsJsonObject().getString("state")).isEqualTo("RUNNING");
                            });
                            return gateway.get("/ready");
                        })
                        .compose(ready -> {
                            test.verify(() -> assertThat(ready.statusCode()).isEqualTo(503));
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
    }
}
