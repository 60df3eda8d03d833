package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
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

/** The backtest of config/backtest.yaml: replay -> momentum-indicator -> momentum -> orders -> paper -> summary. */
@ExtendWith(VertxExtension.class)
class BacktestSystemTest {

    @TempDir
    Path plugins;

    @Test
    @DisplayName("replaying real GOOG bars drives the momentum pair into paper fills and a summary at the end")
    void shouldReplayThroughStrategyIntoPaperAndSummarize(Vertx vertx, VertxTestContext test) throws Exception {
        BuiltInPlugins.copy(plugins, "replay", "momentum-indicator", "momentum", "paper");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("replay", new JsonObject().put("files", new JsonArray().add(MarketDataSystemTest.GOOG))
                        .put("speed", 17_280_000).put("derive_quotes", true))
                .put("momentum-indicator", new JsonObject().put("symbols", new JsonArray().add("GOOG"))
                        .put("bar_timeframe", "1d").put("period", 10).put("threshold", 0.03))
                .put("momentum", new JsonObject().put("symbols", new JsonArray().add("GOOG")))
                .put("paper", new JsonObject().put("symbols", new JsonArray().add("GOOG"))));
        config.getJsonObject("orders").put("sizing", "notional").put("signal_notional", 10_000)
                .put("symbols", new JsonArray().add("GOOG"));
        config.put("market_data", new JsonObject().put("bars", new JsonObject().put("timeframes", new JsonArray())));
        // As config/backtest.yaml: checks that count wall-clock time mean nothing when a day replays in 20 ms.
        config.put("risk", new JsonObject().put("disabled_checks", new JsonArray().add("duplicate_order")
                .add("strategy_order_rate")));
        config.put("backtest", new JsonObject().put("enabled", true).put("symbols", new JsonArray().add("GOOG"))
                .put("starting_equity", 100_000).put("settle_ms", 500));

        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway ->
                gateway.gateway().backtestSummary().orElseThrow().compose(summary -> {
                    test.verify(() -> {
                        assertThat(summary.fills()).isGreaterThanOrEqualTo(10);
                        // The first fill opens; each later one can close (or reverse) a position. How many do
                        // depends on where in each bar the paper venue's fills land, which varies with timing.
                        assertThat(summary.roundTrips()).isPositive().isLessThan(summary.fills());
                        assertThat(summary.endingEquity()).isEqualByComparingTo(
                                summary.totalPnl().add(java.math.BigDecimal.valueOf(100_000)));
                        assertThat(summary.maxDrawdown()).isPositive();
                        assertThat(summary.describe()).contains("round trips", "max drawdown");
                    });
                    return gateway.stop();
                }).onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(90, TimeUnit.SECONDS)).isTrue();
    }
}
