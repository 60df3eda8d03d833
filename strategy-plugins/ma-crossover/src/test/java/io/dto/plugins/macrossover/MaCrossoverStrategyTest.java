package io.dto.plugins.macrossover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.MarketDataKind;
import io.dto.api.Permission;
import io.dto.api.PluginType;
import io.dto.api.manifest.ParameterSpec;
import io.dto.api.manifest.ParameterType;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.api.message.Tick;
import io.dto.testkit.PluginHarness;
import io.dto.testkit.PluginRejectedException;
import io.dto.testkit.StrategyHarness;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The guide's "Unit Testing" cases for its moving-average strategy, on the testkit, and what the port adds. */
@DisplayName("Moving-average crossover strategy")
class MaCrossoverStrategyTest {

    /** The guide's fixture: short 5, long 20, symbols [AAPL]. */
    private static JsonObject strategyConfig() {
        return new JsonObject().put("short_period", 5).put("long_period", 20).put("symbols", List.of("AAPL"));
    }

    private static StrategyHarness<MaCrossoverStrategy> strategy() {
        return StrategyHarness.start(new MaCrossoverStrategy(), strategyConfig());
    }

    /** 100, 101, ..., 124 (25 rising prices) then 123, 122, ..., 91 (33 falling). */
    private static double[] risingThenFalling() {
        return IntStream.concat(IntStream.rangeClosed(100, 124), IntStream.iterate(123, p -> p >= 91, p -> p - 1))
                .asDoubleStream().toArray();
    }

    @Test
    @DisplayName("guide test_plugin_info: name, type and the guide's parameter schema")
    void shouldDescribeItselfWithTheGuidesParameters() {
        PluginHarness<MaCrossoverStrategy> harness = PluginHarness.builder(new MaCrossoverStrategy())
                .config(strategyConfig()).build().start();

        assertThat(harness.plugin().info().name()).isEqualTo("ma-crossover");
        assertThat(harness.plugin().info().type()).isEqualTo(PluginType.STRATEGY);
        assertThat(harness.manifest().pluginInfo().displayName()).isEqualTo("Moving Average Crossover");
        assertThat(harness.manifest().parameters()).containsKeys("short_period", "long_period", "symbols",
                "strength");
        assertThat(harness.manifest().parameters().get("short_period"))
                .isEqualTo(new ParameterSpec(ParameterType.INTEGER, 5, 1.0, 50.0, null,
                        "Short moving average period", false));
        assertThat(harness.manifest().parameters().get("long_period"))
                .isEqualTo(new ParameterSpec(ParameterType.INTEGER, 20, 5.0, 200.0, null,
                        "Long moving average period", false));
        assertThat(harness.manifest().parameters().get("symbols"))
                .isEqualTo(new ParameterSpec(ParameterType.ARRAY, List.of(), null, null, ParameterType.STRING,
                        "List of trading symbols", false));
        assertThat(harness.manifest().permissions().required())
                .containsExactlyInAnyOrder(Permission.READ_MARKET_DATA, Permission.PLACE_ORDERS);
    }

    @Test
    @DisplayName("guide test_initialization_success: a buffer for each configured symbol, ticks subscribed")
    void shouldInitializeWithABufferPerSymbol() {
        StrategyHarness<MaCrossoverStrategy> strategy = strategy();

        assertThat(strategy.plugin().bufferedSymbols()).containsExactly("AAPL");
        assertThat(strategy.subscription().symbols()).containsExactly("AAPL");
        assertThat(strategy.subscription().kinds()).containsExactly(MarketDataKind.TICKS);
    }

    @Test
    @DisplayName("guide test_initialization_validation_error: short_period 20 >= long_period 10 fails initialize")
    void shouldFailInitializationWhenShortPeriodIsNotBelowLongPeriod() {
        PluginHarness<MaCrossoverStrategy> harness = PluginHarness.builder(new MaCrossoverStrategy())
                .config(new JsonObject().put("short_period", 20).put("long_period", 10).put("symbols", List.of()))
                .build();

        Future<Void> outcome = harness.initialize();

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.cause()).hasMessage("short_period (20) must be less than long_period (10): the short "
                + "average has to react faster than the long one; lower short_period or raise long_period");
    }

    @Test
    @DisplayName("fails initialize as well when the periods are equal")
    void shouldFailInitializationForEqualPeriods() {
        PluginHarness<MaCrossoverStrategy> harness = PluginHarness.builder(new MaCrossoverStrategy())
                .config(new JsonObject().put("short_period", 10).put("long_period", 10)).build();

        assertThat(harness.initialize().cause()).hasMessageStartingWith("short_period (10) must be less than");
    }

    @Test
    @DisplayName("guide test_process_market_data_insufficient_data: no signal before long_period prices")
    void shouldEmitNothingWithInsufficientData() {
        StrategyHarness<MaCrossoverStrategy> strategy = strategy();
        Instant now = strategy.clock().instant();

        assertThat(strategy.feed(new Tick("AAPL", now, 100.5, 1000, null))).isEmpty();
        assertThat(strategy.feedPrices("AAPL", IntStream.rangeClosed(101, 118).asDoubleStream().toArray()))
                .isEmpty();
        assertThat(strategy.plugin().bufferedPrices("AAPL")).isEqualTo(19);
    }

    @Test
    @DisplayName("guide test_signal_generation, with real prices: rising then falling gives BUY then SELL")
    void shouldSignalBuyThenSellOnRisingThenFallingPrices() {
        StrategyHarness<MaCrossoverStrategy> strategy = strategy();
        Instant start = strategy.clock().instant();

        List<Signal> signals = strategy.feedPrices("AAPL", risingThenFalling());

        assertThat(signals).extracting(Signal::action).containsExactly(SignalAction.BUY, SignalAction.SELL);
        Signal buy = signals.get(0);
        // 20th price, 119: short = avg(115..119) = 117, long = avg(100..119) = 109.5
        assertThat(buy.price()).isEqualTo(119.0);
        assertThat((double) buy.metadata().get("short_ma")).isCloseTo(117.0, within(1e-9));
        assertThat((double) buy.metadata().get("long_ma")).isCloseTo(109.5, within(1e-9));
        assertThat(buy.timestamp()).isEqualTo(start.plusSeconds(19));
        Signal sell = signals.get(1);
        // 33rd price, 116: short = avg(120, 119, 118, 117, 116) = 118,
        // long = (113 + ... + 124 + 123 + ... + 116) / 20 = (1422 + 956) / 20 = 118.9
        assertThat(sell.price()).isEqualTo(116.0);
        assertThat((double) sell.metadata().get("short_ma")).isCloseTo(118.0, within(1e-9));
        assertThat((double) sell.metadata().get("long_ma")).isCloseTo(118.9, within(1e-9));
        assertThat(sell.timestamp()).isEqualTo(start.plusSeconds(32));
        assertThat(signals).allSatisfy(signal -> {
            assertThat(signal.strategyId()).isEqualTo("ma-crossover");
            assertThat(signal.symbol()).isEqualTo("AAPL");
            assertThat(signal.strength()).isEqualTo(0.8);
        });
    }

    @Test
    @DisplayName("emits once per regime, not on every update while the condition holds (documented deviation)")
    void shouldEmitOnlyWhenTheRegimeChanges() {
        StrategyHarness<MaCrossoverStrategy> strategy = strategy();

        strategy.feedPrices("AAPL", risingThenFalling());
        List<Signal> again = strategy.feedPrices("AAPL", IntStream.rangeClosed(92, 140).asDoubleStream().toArray());

        assertThat(again).extracting(Signal::action).containsExactly(SignalAction.BUY);
        assertThat(strategy.signals()).extracting(Signal::action)
                .containsExactly(SignalAction.BUY, SignalAction.SELL, SignalAction.BUY);
        // rising prices hold the BUY condition from the 20th to the 25th: five repeats suppressed, and more later
        assertThat(strategy.harness().metrics().counter("signals.suppressed")).isGreaterThanOrEqualTo(5);
        assertThat(strategy.harness().metrics().counter("signals.emitted")).isEqualTo(3);
    }

    @Test
    @DisplayName("uses the configured strength")
    void shouldUseTheConfiguredStrength() {
        StrategyHarness<MaCrossoverStrategy> strategy = StrategyHarness.start(new MaCrossoverStrategy(),
                strategyConfig().put("strength", 0.35));

        assertThat(strategy.feedPrices("AAPL", risingThenFalling())).extracting(Signal::strength)
                .containsOnly(0.35);
    }

    @Test
    @DisplayName("keeps each buffer bounded to twice the long period")
    void shouldBoundTheBufferToTwiceTheLongPeriod() {
        StrategyHarness<MaCrossoverStrategy> strategy = strategy();

        strategy.feedPrices("AAPL", IntStream.range(0, 1000).mapToDouble(i -> 100 + Math.sin(i / 7.0)).toArray());

        assertThat(strategy.plugin().bufferedPrices("AAPL")).isEqualTo(40);
    }

    @Test
    @DisplayName("keeps symbols apart")
    void shouldKeepSymbolsApart() {
        StrategyHarness<MaCrossoverStrategy> strategy = StrategyHarness.start(new MaCrossoverStrategy(),
                strategyConfig().put("symbols", List.of("AAPL", "MSFT")));

        strategy.feedPrices("AAPL", IntStream.rangeClosed(100, 119).asDoubleStream().toArray());
        strategy.feedPrices("MSFT", IntStream.rangeClosed(100, 110).asDoubleStream().toArray());

        assertThat(strategy.signals("AAPL")).hasSize(1);
        assertThat(strategy.signals("MSFT")).isEmpty();
        assertThat(strategy.plugin().onMarketData(new Tick("TSLA", strategy.clock().instant(), 1, 1, null)))
                .isEmpty();
    }

    @Test
    @DisplayName("guide test_cleanup: cleanup empties the buffers")
    void shouldEmptyBuffersOnCleanup() {
        StrategyHarness<MaCrossoverStrategy> strategy = strategy();
        strategy.feedPrices("AAPL", 100, 101, 102);
        assertThat(strategy.plugin().bufferedSymbols()).containsExactly("AAPL");

        strategy.harness().cleanup();

        assertThat(strategy.plugin().bufferedSymbols()).isEmpty();
        assertThat(strategy.plugin().bufferedPrices("AAPL")).isZero();
    }

    @Test
    @DisplayName("has every configuration violation reported by the manifest's validation")
    void shouldReportConfigurationViolations() {
        JsonObject config = new JsonObject()
                .put("short_period", 0)
                .put("long_period", 500)
                .put("symbols", "AAPL")
                .put("strength", 1.5)
                .put("risk_limit", 0.02);

        assertThatThrownBy(() -> PluginHarness.builder(new MaCrossoverStrategy()).config(config).build())
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(PluginRejectedException.Stage.CONFIGURATION);
                    assertThat(e.problems()).containsExactlyInAnyOrder(
                            "unknown parameter 'risk_limit'; the manifest declares [long_period, short_period, "
                                    + "strength, symbols]",
                            "parameter 'short_period' is 0, below the minimum 1",
                            "parameter 'long_period' is 500, above the maximum 200",
                            "parameter 'symbols' must be an array, got \"AAPL\"",
                            "parameter 'strength' is 1.5, above the maximum 1");
                });
    }

    @Test
    @DisplayName("rejects a period that is not a whole number, and a symbol that is not a string")
    void shouldRejectWrongTypes() {
        assertThatThrownBy(() -> PluginHarness.builder(new MaCrossoverStrategy())
                .config(new JsonObject().put("short_period", 2.5).put("symbols", List.of("AAPL", 42))).build())
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "parameter 'short_period' must be an integer, got 2.5",
                                "parameter 'symbols' item 1 must be a string, got 42"));
    }

    @Test
    @DisplayName("warns when no symbol is configured, since it then trades nothing")
    void shouldWarnWithoutSymbols() {
        PluginHarness<MaCrossoverStrategy> harness = PluginHarness.builder(new MaCrossoverStrategy()).build().start();

        assertThat(harness.plugin().subscriptions().symbols()).isEmpty();
        assertThat(harness.logger().entries(org.slf4j.event.Level.WARN)).singleElement()
                .satisfies(entry -> assertThat(entry.message()).startsWith("no symbols configured"));
    }
}
