package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.Bar;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Quote;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio-risk plugin jar in the risk gate of a real gateway, with the paper broker filling orders. */
@ExtendWith(VertxExtension.class)
class RiskPluginSystemTest {

    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    @TempDir
    Path plugins;

    @Test
    @DisplayName("a risk plugin refuses an order correlated with a holding, with its rule and figures, and checks "
            + "the portfolio periodically")
    void shouldRefuseCorrelatedOrderThroughRiskPlugin(Vertx vertx, VertxTestContext test) throws Exception {
        BuiltInPlugins.copy(plugins, "paper", "portfolio-risk");
        JsonObject config = GatewayHarness.config(plugins);
        JsonArray symbols = new JsonArray().add("AAPL").add("MSFT");
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("paper", new JsonObject().put("symbols", symbols))
                .put("portfolio-risk", new JsonObject().put("symbols", symbols).put("min_observations", 3)));
        config.put("risk", new JsonObject().put("plugins", new JsonArray().add("portfolio-risk"))
                .put("portfolio_check_interval_ms", 100));
        Promise<OrderEvent> msftFilled = Promise.promise();
        vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> {
            if ("MSFT".equals(m.body().symbol()) && m.body().status() == OrderStatus.FILLED) {
                msftFilled.tryComplete(m.body());
            }
        });
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway -> {
            publishMarket(vertx);
            // The bars reach the plugin on its own thread: the order waits until it has taken all eight.
            processed(vertx, gateway, "portfolio-risk", 8)
                    .compose(ready -> gateway.post("/api/orders", new JsonObject().put("symbol", "MSFT")
                            .put("side", "BUY").put("quantity", 10).put("type", "MARKET")))
                    .compose(accepted -> {
                        test.verify(() -> assertThat(accepted.statusCode()).as(accepted.bodyAsString()).isEqualTo(201));
                        return msftFilled.future();
                    })
                    .compose(filled -> gateway.post("/api/orders", new JsonObject().put("symbol", "AAPL")
                            .put("side", "BUY").put("quantity", 5).put("type", "MARKET")))
                    .compose(refused -> {
                        test.verify(() -> {
                            assertThat(refused.statusCode()).isEqualTo(422);
                            assertThat(refused.bodyAsJsonObject().getString("reason")).isEqualTo(
                                    "portfolio-risk.correlation_limit: average correlation 1.00 of AAPL with [MSFT] "
                                            + "exceeds limit 0.70");
                        });
                        return portfolioChecked(vertx, gateway);
                    })
                    .eventually(gateway::stop)
                    .onComplete(test.succeeding(check -> test.verify(() -> {
                        assertThat(check.getString("plugin")).isEqualTo("portfolio-risk");
                        assertThat(check.getJsonObject("metrics").getDouble("portfolio_value")).isPositive();
                        test.completeNow();
                    })));
        }));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Quotes for the risk gate's reference and the paper fills; bars whose returns move AAPL and MSFT together. */
    private static void publishMarket(Vertx vertx) {
        double[] aapl = {100, 110, 99, 108.9};
        double[] msft = {50, 55, 49.5, 54.45};
        for (int i = 0; i < aapl.length; i++) {
            Instant at = T0.plusSeconds(60L * i);
            vertx.eventBus().publish(Addresses.bar("AAPL", "1m"), new Bar("AAPL", "1m", at, aapl[i], aapl[i], aapl[i],
                    aapl[i], 100));
            vertx.eventBus().publish(Addresses.bar("MSFT", "1m"), new Bar("MSFT", "1m", at, msft[i], msft[i], msft[i],
                    msft[i], 100));
        }
        vertx.eventBus().publish(Addresses.quote("AAPL"), new Quote("AAPL", Instant.now(), 108.8, 500, 109.0, 500));
        vertx.eventBus().publish(Addresses.quote("MSFT"), new Quote("MSFT", Instant.now(), 54.4, 500, 54.5, 500));
    }

    /** Completes once the plugin has handled {@code events} messages (within 10 s). */
    private static Future<Void> processed(Vertx vertx, GatewayHarness gateway, String plugin, long events) {
        Promise<Void> done = Promise.promise();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        vertx.setPeriodic(10, id -> {
            long handled = gateway.gateway().plugins().stats(plugin).eventsIn();
            if (handled >= events) {
                vertx.cancelTimer(id);
                done.tryComplete();
            } else if (System.nanoTime() > deadline) {
                vertx.cancelTimer(id);
                done.tryFail(plugin + " handled " + handled + " of " + events + " messages within 10 s");
            }
        });
        return done.future();
    }

    /** The portfolio-risk check of the default account from GET /api/risk, once one has run (within 10 s). */
    private static Future<JsonObject> portfolioChecked(Vertx vertx, GatewayHarness gateway) {
        Promise<JsonObject> found = Promise.promise();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        vertx.setPeriodic(100, id -> gateway.get("/api/risk").onSuccess(response -> {
            JsonObject check = response.bodyAsJsonObject().getJsonObject("portfolioChecks")
                    .getJsonObject("portfolio-risk", new JsonObject()).getJsonObject("DEMO");
            if (check != null && check.getJsonObject("metrics").getDouble("portfolio_value") > 0) {
                vertx.cancelTimer(id);
                found.tryComplete(check);
            } else if (System.nanoTime() > deadline) {
                vertx.cancelTimer(id);
                found.tryFail("no portfolio check within 10 s: " + response.bodyAsString());
            }
        }));
        return found.future();
    }
}
