package io.dto.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.Bar;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Quote;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.api.message.Tick;
import io.dto.testkit.fixtures.CountingFeed;
import io.dto.testkit.fixtures.EchoBroker;
import io.dto.testkit.fixtures.LastPriceIndicator;
import io.dto.testkit.fixtures.Manifests;
import io.dto.testkit.fixtures.MaxQuantityRisk;
import io.dto.testkit.fixtures.ThresholdStrategy;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Typed harnesses")
class TypedHarnessesTest {

    @Nested
    @DisplayName("StrategyHarness")
    class Strategy {

        private final StrategyHarness<ThresholdStrategy> strategy = StrategyHarness.start(new ThresholdStrategy(),
                new JsonObject().put("symbols", List.of("AAPL", "MSFT")));

        @Test
        @DisplayName("feeds prices as ticks a second apart and collects the signals")
        void shouldFeedPricesAndCollectSignals() {
            Instant start = strategy.clock().instant();

            List<Signal> signals = strategy.feedPrices("AAPL", 99, 101, 102, 98, 103);

            assertThat(signals).extracting(Signal::price).containsExactly(101.0, 103.0);
            assertThat(signals).extracting(Signal::timestamp)
                    .containsExactly(start.plusSeconds(1), start.plusSeconds(4));
            assertThat(signals).allSatisfy(s -> assertThat(s.action()).isEqualTo(SignalAction.BUY));
            assertThat(strategy.signals("AAPL")).isEqualTo(signals);
            assertThat(strategy.harness().metrics().counter("signals.emitted")).isEqualTo(2.0);
        }

        @Test
        @DisplayName("refuses data the strategy did not subscribe to, as the gateway would not deliver it")
        void shouldRefuseUnsubscribedData() {
            Instant now = strategy.clock().instant();

            assertThatThrownBy(() -> strategy.feed(new Tick("TSLA", now, 200, 1, Side.BUY)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not subscribe to ticks of TSLA")
                    .hasMessageContaining("[TICKS] for [AAPL, MSFT]");
            assertThatThrownBy(() -> strategy.feed(new Quote("AAPL", now, 100, 1, 101, 1)))
                    .hasMessageContaining("quotes of AAPL");
        }

        @Test
        @DisplayName("delivers fills of the strategy's orders as order events")
        void shouldDeliverFills() {
            strategy.fill("AAPL", Side.BUY, 10, 101.5);

            assertThat(strategy.plugin().orderEvents).singleElement().satisfies(event -> {
                assertThat(event.strategyId()).isEqualTo("threshold");
                assertThat(event.status()).isEqualTo(OrderStatus.FILLED);
                assertThat(event.filledQuantity()).isEqualByComparingTo("10");
                assertThat(event.averagePrice()).isEqualByComparingTo("101.5");
            });
        }
    }

    @Nested
    @DisplayName("DataProviderHarness")
    class DataProvider {

        private DataProviderHarness<CountingFeed> feed() {
            return DataProviderHarness.start(PluginHarness.builder(new CountingFeed())
                    .manifestResource("manifests/counting-feed.json")
                    .config("interval_ms", 500)
                    .build());
        }

        @Test
        @DisplayName("collects what the provider streams as the clock advances")
        void shouldCollectStreamAsClockAdvances() {
            try (DataProviderHarness<CountingFeed> feed = feed()) {
                feed.startStreaming("AAPL", "MSFT");
                assertThat(feed.received()).isEmpty();

                feed.advance(Duration.ofSeconds(2));

                assertThat(feed.sink().ticks()).hasSize(8);
                assertThat(feed.sink().received("AAPL")).extracting(d -> d.price())
                        .containsExactly(1.0, 3.0, 5.0, 7.0);
            }
        }

        @Test
        @DisplayName("pauses the provider when the sink answers PAUSE, and resumes it on resume()")
        void shouldPauseAndResume() {
            try (DataProviderHarness<CountingFeed> feed = feed()) {
                feed.sink().pauseAfter(3);
                feed.startStreaming("AAPL");

                feed.advance(Duration.ofSeconds(10));
                assertThat(feed.received()).hasSize(3);
                assertThat(feed.sink().paused()).isTrue();
                assertThat(feed.sink().offeredWhilePaused()).isZero();

                feed.resume();
                feed.advance(Duration.ofSeconds(1));
                assertThat(feed.received()).hasSize(5);
            }
        }

        @Test
        @DisplayName("returns historical bars, and throws the provider's reason when it fails")
        void shouldReturnBarsOrThrowTheProvidersReason() {
            try (DataProviderHarness<CountingFeed> feed = feed()) {
                Instant from = Instant.parse("2024-01-02T00:00:00Z");

                List<Bar> bars = feed.historicalBars("AAPL", from, from.plusSeconds(86_400), "1d");

                assertThat(bars).singleElement().extracting(Bar::close).isEqualTo(2.0);
                assertThatThrownBy(() -> feed.historicalBars("AAPL", from, from.plusSeconds(60), "7m"))
                        .isInstanceOf(PluginCallFailedException.class)
                        .hasMessage("historicalBars of plugin 'counting-feed' failed: unknown timeframe '7m'");
            }
        }

        @Test
        @DisplayName("stops streaming on close, leaving no timer behind")
        void shouldStopStreamingOnClose() {
            DataProviderHarness<CountingFeed> feed = feed().startStreaming("AAPL");
            assertThat(feed.clock().pendingTimers()).isEqualTo(1);

            feed.close();

            assertThat(feed.clock().pendingTimers()).isZero();
        }
    }

    @Nested
    @DisplayName("BrokerHarness")
    class Broker {

        private final BrokerHarness<EchoBroker> broker = BrokerHarness.start(PluginHarness.builder(new EchoBroker())
                .manifestJson(Manifests.manifest("echo-broker", "broker", EchoBroker.class, new JsonObject(),
                        List.of("read_market_data"), List.of()))
                .build());

        @Test
        @DisplayName("connects with a collecting sink and returns the reports each action produced")
        void shouldReturnReportsPerAction() {
            assertThat(broker.reports().sessionStatuses()).singleElement()
                    .satisfies(s -> assertThat(s.loggedOn()).isTrue());
            OrderRequest first = broker.market("AAPL", Side.BUY, 10);

            List<ExecutionReport> acked = broker.submit(first);
            broker.publishQuote("AAPL", 99.5, 100.0);
            List<ExecutionReport> filled = broker.submit(broker.market("AAPL", Side.BUY, 5));
            List<ExecutionReport> canceled = broker.cancel(first.id());

            assertThat(first.id()).isEqualTo("ORD-1");
            assertThat(acked).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW);
            assertThat(filled).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW, ExecType.TRADE);
            assertThat(filled.get(1).lastPrice()).isEqualByComparingTo("100.0");
            assertThat(canceled).singleElement().extracting(ExecutionReport::status).isEqualTo(OrderStatus.CANCELED);
            assertThat(broker.reports().forOrder("ORD-1")).hasSize(2);
            assertThat(broker.reports().fills()).hasSize(1);
        }

        @Test
        @DisplayName("throws the broker's reason when a request fails")
        void shouldThrowTheBrokersReason() {
            assertThatThrownBy(() -> broker.cancel("ORD-99"))
                    .isInstanceOf(PluginCallFailedException.class)
                    .hasMessageContaining("unknown order ORD-99");
            assertThat(broker.tryCancel(new io.dto.api.message.CancelRequest("ORD-98", "C", null, null, null, null))
                    .failed()).isTrue();
        }
    }

    @Nested
    @DisplayName("IndicatorHarness")
    class Indicator {

        private final IndicatorHarness<LastPriceIndicator> indicator = IndicatorHarness.start(
                PluginHarness.builder(new LastPriceIndicator())
                        .manifestJson(Manifests.manifest("price-change", "indicator", LastPriceIndicator.class,
                                new JsonObject(), List.of(), List.of()))
                        .build());

        @Test
        @DisplayName("feeds prices as bars of the subscribed timeframe and collects one value per update")
        void shouldCollectOneValuePerUpdate() {
            List<IndicatorValue> values = indicator.feedPrices("AAPL", 10, 12, 11);

            assertThat(values).extracting(IndicatorValue::signal)
                    .containsExactly(IndicatorSignal.WAITING, IndicatorSignal.BUY, IndicatorSignal.SELL);
            assertThat(indicator.latest("AAPL")).get().extracting(IndicatorValue::value).isEqualTo(-1.0);
            assertThat(indicator.requiredDataLength()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("RiskHarness")
    class Risk {

        private RiskHarness<MaxQuantityRisk> risk(boolean silent) {
            return RiskHarness.start(PluginHarness.builder(new MaxQuantityRisk())
                    .manifestJson(Manifests.manifest("max-quantity", "risk_management", MaxQuantityRisk.class,
                            new JsonObject()
                                    .put("max_quantity", Manifests.parameter("integer", 100))
                                    .put("silent", Manifests.parameter("boolean", false)),
                            List.of(), List.of()))
                    .config("silent", silent)
                    .build());
        }

        private OrderRequest order(long quantity) {
            return new OrderRequest("O-1", null, "default", "s", "paper", "AAPL", Side.BUY,
                    io.dto.api.message.OrderType.MARKET, BigDecimal.valueOf(quantity), null, null, null);
        }

        @Test
        @DisplayName("validates orders and keeps the decisions")
        void shouldValidateOrders() {
            RiskHarness<MaxQuantityRisk> risk = risk(false);

            RiskDecision small = risk.validate(order(50), List.of(), risk.account(100_000));
            RiskDecision large = risk.validate(order(500), List.of(), risk.account(100_000));
            risk.updateRiskMetrics(new BigDecimal("-20"));

            assertThat(small.approved()).isTrue();
            assertThat(large.reason()).isEqualTo("quantity 500 exceeds 100");
            assertThat(risk.decisions()).containsExactly(small, large);
            assertThat(risk.checkPortfolio(List.of(), risk.account(100_000)).withinLimits()).isFalse();
        }

        @Test
        @DisplayName("fails a rejection without a reason")
        void shouldFailRejectionWithoutReason() {
            RiskHarness<MaxQuantityRisk> risk = risk(true);

            assertThatThrownBy(() -> risk.validate(order(500), List.of(), risk.account(1_000)))
                    .hasMessageContaining("without a reason");
        }
    }
}
