package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.Bar;
import io.dto.gateway.plugin.PluginStats;
import io.dto.systemtest.plugins.SlowBarStrategy;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Back-pressure, historical bars through the rate limit, and bar aggregation, in a real gateway. */
@ExtendWith(VertxExtension.class)
class MarketDataSystemTest {

    static final String GOOG = Path.of(System.getProperty("dto.repo.dir", ".."))
            .resolve("data-plugins/replay/sample/GOOG-1d-2004-2008.csv").toAbsolutePath().toString();
    private static final int GOOG_BARS = 1047;

    @TempDir
    Path plugins;

    private JsonObject replayWithSlowSubscriber(String policy, int capacity, int replayBatch) {
        BuiltInPlugins.copy(plugins, "replay");
        TestPluginJars.packaged(plugins, "slow-bars.jar", TestPluginJars.manifest("slow-bars", "1.0.0", "strategy",
                SlowBarStrategy.class, new JsonObject()
                        .put("symbols", new JsonObject().put("type", "array").put("item_type", "string")
                                .put("default", new JsonArray().add("GOOG")))
                        .put("work_micros", new JsonObject().put("type", "integer").put("default", 1000)),
                "read_market_data"), SlowBarStrategy.class);
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("replay", new JsonObject().put("files", new JsonArray().add(GOOG)).put("speed", 0)
                        .put("batch", replayBatch)));
        return config.put("market_data", new JsonObject()
                .put("buffer", new JsonObject().put("capacity", capacity).put("policy", policy).put("drain_batch", 4))
                .put("bars", new JsonObject().put("timeframes", new JsonArray())));
    }

    @Test
    @DisplayName("pause: a slow subscriber pauses the replay and resumes it when drained; every bar arrives")
    void shouldPauseFeedForSlowSubscriber(Vertx vertx, VertxTestContext test) throws Exception {
        JsonObject config = replayWithSlowSubscriber("pause", 256, 5);
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway -> {
            PluginStats slow = gateway.gateway().plugins().stats("slow-bars");
            PluginStats replay = gateway.gateway().plugins().stats("replay");
            until(vertx, () -> slow.eventsIn() + slow.marketDataDropped() == GOOG_BARS)
                    .compose(v -> {
                        test.verify(() -> {
                            assertThat(replay.feedPauses()).isPositive();
                            assertThat(slow.marketDataDropped()).isZero();
                            assertThat(slow.eventsIn()).isEqualTo(GOOG_BARS);
                        });
                        return gateway.stop();
                    })
                    .onComplete(test.succeedingThenComplete());
        }));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("drop_oldest: a slow subscriber's buffer drops the oldest bars, counted in its stats and the API")
    void shouldCountDropsOfSlowSubscriber(Vertx vertx, VertxTestContext test) throws Exception {
        JsonObject config = replayWithSlowSubscriber("drop_oldest", 16, 500);
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway -> {
            PluginStats slow = gateway.gateway().plugins().stats("slow-bars");
            until(vertx, () -> slow.eventsIn() + slow.marketDataDropped() == GOOG_BARS)
                    .compose(v -> gateway.get("/api/plugins/slow-bars"))
                    .compose(response -> {
                        test.verify(() -> {
                            JsonObject marketData = response.bodyAsJsonObject().getJsonObject("stats")
                                    .getJsonObject("marketData");
                            assertThat(slow.marketDataDropped()).isPositive();
                            assertThat(marketData.getLong("dropped")).isEqualTo(slow.marketDataDropped());
                            assertThat(marketData.getString("policy")).isEqualTo("drop_oldest");
                            assertThat(marketData.getInteger("capacity")).isEqualTo(16);
                        });
                        return gateway.stop();
                    })
                    .onComplete(test.succeedingThenComplete());
        }));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("historical bars go through the provider's host: served within its rate limit, 429 beyond it")
    void shouldRateLimitHistoricalBars(Vertx vertx, VertxTestContext test) {
        BuiltInPlugins.copy(plugins, "replay");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject().put("replay", new JsonObject()
                .put("files", new JsonArray().add(GOOG)).put("rate_limit", 2).put("speed", 1)));
        config.put("market_data", new JsonObject().put("history", new JsonObject().put("max_wait_ms", 0)));
        String bars = "/api/marketdata/replay/bars?symbol=GOOG&from=2004-08-23&to=2004-08-28&timeframe=1d";
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway -> gateway.get(bars)
                .compose(first -> {
                    test.verify(() -> {
                        assertThat(first.statusCode()).isEqualTo(200);
                        JsonArray week = first.bodyAsJsonObject().getJsonArray("bars");
                        assertThat(week).hasSize(5);
                        assertThat(week.getJsonObject(0).getString("timestamp")).isEqualTo("2004-08-23T00:00:00Z");
                    });
                    return gateway.get(bars);
                })
                .compose(second -> {
                    test.verify(() -> assertThat(second.statusCode()).isEqualTo(200));
                    return gateway.get(bars);
                })
                .compose(third -> {
                    test.verify(() -> {
                        assertThat(third.statusCode()).isEqualTo(429);
                        assertThat(third.bodyAsJsonObject().getString("error")).contains("2 historical requests");
                        assertThat(gateway.gateway().plugins().stats("replay").historyRefused()).isEqualTo(1);
                    });
                    return Future.all(gateway.get("/api/marketdata/replay/bars?from=2004-08-23&to=2004-08-28"),
                            gateway.get("/api/marketdata/nope/bars?symbol=GOOG&from=2004-08-23&to=2004-08-28"));
                })
                .compose(errors -> {
                    test.verify(() -> {
                        assertThat(errors.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(0).statusCode())
                                .isEqualTo(400);
                        assertThat(errors.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(1).statusCode())
                                .isEqualTo(404);
                    });
                    return gateway.stop();
                })
                .onComplete(test.succeedingThenComplete())));
    }

    @Test
    @DisplayName("trades of a live feed become 1s bars on md.bar.<SYMBOL>.1s, consistent with their trades")
    void shouldAggregateTradesIntoBars(Vertx vertx, VertxTestContext test) {
        BuiltInPlugins.copy(plugins, "synthetic");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject().put("synthetic", new JsonObject()
                .put("symbols", new JsonArray().add("AAPL")).put("rate", 50).put("trade_probability", 1.0)));
        config.put("market_data", new JsonObject().put("bars", new JsonObject()
                .put("timeframes", new JsonArray().add("1s")).put("close_delay_ms", 50)));
        Promise<Bar> bar = Promise.promise();
        MessageConsumer<Bar> consumer = vertx.eventBus().consumer(Addresses.bar("AAPL", "1s"),
                m -> bar.tryComplete(m.body()));
        consumer.completion().compose(v -> GatewayHarness.start(vertx, config))
                .onComplete(test.succeeding(gateway -> bar.future().compose(first -> {
                    test.verify(() -> {
                        assertThat(first.timeframe()).isEqualTo("1s");
                        assertThat(first.timestamp().toEpochMilli() % 1000).isZero();
                        assertThat(first.volume()).isPositive();
                        assertThat(first.high()).isGreaterThanOrEqualTo(first.low());
                    });
                    return consumer.unregister().compose(v -> gateway.stop());
                }).onComplete(test.succeedingThenComplete())));
    }

    /** Completes when the condition holds, checking every 20 ms; the test's own timeout bounds the wait. */
    static Future<Void> until(Vertx vertx, BooleanSupplier condition) {
        Promise<Void> done = Promise.promise();
        vertx.setPeriodic(20, id -> {
            if (condition.getAsBoolean()) {
                vertx.cancelTimer(id);
                done.tryComplete();
            }
        });
        return done.future();
    }
}
