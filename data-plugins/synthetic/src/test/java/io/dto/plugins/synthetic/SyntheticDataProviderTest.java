package io.dto.plugins.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.PluginType;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import io.dto.testkit.DataProviderHarness;
import io.dto.testkit.PluginHarness;
import io.dto.testkit.PluginRejectedException;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Synthetic data provider: streaming")
class SyntheticDataProviderTest {

    private DataProviderHarness<SyntheticDataProvider> feed;

    private DataProviderHarness<SyntheticDataProvider> feed(JsonObject config) {
        feed = DataProviderHarness.start(new SyntheticDataProvider(), config);
        return feed;
    }

    @AfterEach
    void close() {
        if (feed != null) {
            feed.close();
        }
    }

    @Test
    @DisplayName("describes itself as its manifest does, offering the configured symbols")
    void shouldDescribeItselfAsItsManifestDoes() {
        SyntheticDataProvider plugin = feed(new JsonObject()).plugin();

        assertThat(plugin.info().name()).isEqualTo("synthetic");
        assertThat(plugin.info().type()).isEqualTo(PluginType.DATA_PROVIDER);
        assertThat(plugin.info().capabilities().symbols()).containsExactlyInAnyOrder("AAPL", "MSFT", "GOOGL");
        assertThat(feed.harness().manifest().permissions().required()).isEmpty();
    }

    @Test
    @DisplayName("streams the configured rate of quotes per symbol, each at the clock's time")
    void shouldStreamTheConfiguredRate() {
        feed(new JsonObject().put("rate", 4.0)).startStreaming("AAPL", "MSFT");

        feed.advance(Duration.ofSeconds(10));

        assertThat(feed.sink().quotes()).hasSize(80);
        assertThat(feed.sink().received("AAPL")).filteredOn(Quote.class::isInstance).hasSize(40);
        assertThat(feed.sink().quotes().get(0).timestamp()).isEqualTo(feed.clock().instant().minusMillis(9_750));
        assertThat(feed.harness().metrics().counter("quotes.offered")).isEqualTo(80.0);
        assertThat(feed.harness().metrics().counter("ticks.offered")).isEqualTo(feed.sink().ticks().size());
    }

    @Test
    @DisplayName("streams the configured symbols when asked for none")
    void shouldStreamConfiguredSymbolsWhenAskedForNone() {
        feed(new JsonObject().put("symbols", List.of("IBM", "AAPL"))).startStreaming();

        feed.advance(Duration.ofSeconds(1));

        assertThat(feed.received()).extracting(MarketData::symbol).containsOnly("IBM", "AAPL");
        assertThat(feed.sink().quotes()).first().extracting(Quote::mid)
                .satisfies(mid -> assertThat((double) mid).isCloseTo(185.0, within(1.0)));
        assertThat(feed.sink().received("IBM")).first().extracting(MarketData::price)
                .satisfies(p -> assertThat((double) p).isCloseTo(100.0, within(1.0)));
    }

    @Test
    @DisplayName("quotes a spread of at least one tick on the price grid, with sizes in round lots")
    void shouldQuoteRealisticSpreadsAndSizes() {
        feed(new JsonObject().put("rate", 50.0).put("spread_bps", 5.0)).startStreaming("AAPL");

        feed.advance(Duration.ofSeconds(60));

        List<Quote> quotes = feed.sink().quotes();
        assertThat(quotes).hasSize(3000).allSatisfy(q -> {
            assertThat(q.ask() - q.bid()).isGreaterThanOrEqualTo(0.01 - 1e-9);
            assertThat(q.bid() * 100).isCloseTo(Math.rint(q.bid() * 100), within(1e-6));
            assertThat(q.ask() * 100).isCloseTo(Math.rint(q.ask() * 100), within(1e-6));
            assertThat(q.bidSize()).isPositive().matches(size -> size % 100 == 0);
            assertThat(q.askSize()).isPositive().matches(size -> size % 100 == 0);
        });
        double averageSpreadBps = quotes.stream().mapToDouble(q -> (q.ask() - q.bid()) / q.mid() * 10_000)
                .average().orElseThrow();
        assertThat(averageSpreadBps).isBetween(5.0, 5.0 + 2 * 100 / 185.0);
    }

    @Test
    @DisplayName("prints trades at or inside the spread, with an aggressor side, at the configured frequency")
    void shouldPrintTradesAtOrInsideTheSpread() {
        feed(new JsonObject().put("rate", 50.0).put("trade_probability", 0.3).put("spread_bps", 10.0))
                .startStreaming("MSFT");

        feed.advance(Duration.ofSeconds(100));

        List<MarketData> updates = feed.received();
        int trades = 0;
        int atTouch = 0;
        for (int i = 0; i < updates.size(); i++) {
            if (updates.get(i) instanceof Tick tick) {
                Quote quote = (Quote) updates.get(i - 1);
                assertThat(tick.timestamp()).isEqualTo(quote.timestamp());
                assertThat(tick.price()).isBetween(quote.bid(), quote.ask());
                assertThat(tick.aggressor()).isNotNull();
                assertThat(tick.size()).isPositive().matches(size -> size % 100 == 0);
                boolean touch = tick.price() == (tick.aggressor() == Side.BUY ? quote.ask() : quote.bid());
                if (touch) {
                    atTouch++;
                    assertThat(tick.size()).isLessThanOrEqualTo(
                            tick.aggressor() == Side.BUY ? quote.askSize() : quote.bidSize());
                }
                trades++;
            }
        }
        assertThat(trades / 5000.0).isCloseTo(0.3, within(0.03));
        assertThat(atTouch / (double) trades).isCloseTo(0.7, within(0.05));
    }

    @Test
    @DisplayName("repeats exactly the same sequence for the same seed, and another for another seed")
    void shouldRepeatTheSequenceForTheSameSeed() {
        List<MarketData> first = run(7, "AAPL", "GOOGL");
        List<MarketData> again = run(7, "AAPL", "GOOGL");
        List<MarketData> other = run(8, "AAPL", "GOOGL");

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    @DisplayName("keeps a symbol's sequence whatever other symbols stream with it")
    void shouldKeepASymbolsSequenceIndependentOfOthers() {
        List<MarketData> alone = run(7, "AAPL").stream().filter(d -> d.symbol().equals("AAPL")).toList();
        List<MarketData> together = run(7, "AAPL", "MSFT", "GOOGL").stream()
                .filter(d -> d.symbol().equals("AAPL")).toList();

        assertThat(together).isEqualTo(alone);
    }

    @Test
    @DisplayName("stops offering on PAUSE and resumes the same sequence, without a gap, on onResume")
    void shouldHonourPauseAndResumeWithoutAGap() {
        List<String> uninterrupted = project(run(3, 60, "AAPL"));
        feed(new JsonObject().put("seed", 3)).startStreaming("AAPL");
        feed.sink().pauseAfter(5);

        feed.advance(Duration.ofSeconds(30));
        assertThat(feed.received()).hasSize(5);
        assertThat(feed.sink().offeredWhilePaused()).isZero();
        assertThat(feed.clock().pendingTimers()).isZero();
        assertThat(feed.harness().metrics().counter("stream.paused")).isEqualTo(1.0);

        feed.resume();
        feed.advance(Duration.ofSeconds(30));

        List<String> resumed = project(feed.received());
        assertThat(resumed).hasSizeGreaterThan(5);
        assertThat(uninterrupted.subList(0, resumed.size())).isEqualTo(resumed);
    }

    @Test
    @DisplayName("refuses to start twice, and stops leaving no timer")
    void shouldRefuseToStartTwiceAndStopCleanly() {
        feed(new JsonObject()).startStreaming("AAPL");

        assertThat(feed.tryStartStreaming(java.util.Set.of("MSFT")).cause())
                .hasMessage("already streaming [AAPL]; call stopStreaming() first");
        feed.stopStreaming();
        int before = feed.received().size();
        feed.advance(Duration.ofSeconds(5));

        assertThat(feed.received()).hasSize(before);
        assertThat(feed.clock().pendingTimers()).isZero();
    }

    @Test
    @DisplayName("fails initialization for a start price that is not a positive number")
    void shouldFailInitializationForABadStartPrice() {
        PluginHarness<SyntheticDataProvider> harness = PluginHarness.builder(new SyntheticDataProvider())
                .config("start_prices", Map.of("AAPL", -3, "MSFT", "high"))
                .build();

        assertThat(harness.initialize().cause())
                .hasMessageContaining("start_prices.AAPL must be a positive number, got -3")
                .hasMessageContaining("start_prices.MSFT must be a positive number, got high");
    }

    @Test
    @DisplayName("has its configuration checked against the manifest: bounds and types")
    void shouldHaveConfigurationCheckedAgainstTheManifest() {
        assertThatThrownBy(() -> PluginHarness.builder(new SyntheticDataProvider())
                .config(new JsonObject().put("rate", 0).put("volatility", "high").put("symbols", List.of(1)))
                .build())
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "parameter 'rate' is 0, below the minimum 0.01",
                                "parameter 'volatility' must be a number, got \"high\"",
                                "parameter 'symbols' item 0 must be a string, got 1"));
    }

    private static List<MarketData> run(long seed, String... symbols) {
        return run(seed, 30, symbols);
    }

    private static List<MarketData> run(long seed, int seconds, String... symbols) {
        try (DataProviderHarness<SyntheticDataProvider> run = DataProviderHarness.start(new SyntheticDataProvider(),
                new JsonObject().put("seed", seed))) {
            run.startStreaming(symbols);
            run.advance(Duration.ofSeconds(seconds));
            return run.received();
        }
    }

    /** An update without its timestamp, which shifts when the stream pauses. */
    private static List<String> project(List<MarketData> updates) {
        return updates.stream().map(d -> d instanceof Quote q
                ? "Q " + q.bid() + " " + q.bidSize() + " " + q.ask() + " " + q.askSize()
                : "T " + d.price() + " " + d.volume() + " " + ((Tick) d).aggressor()).toList();
    }
}
