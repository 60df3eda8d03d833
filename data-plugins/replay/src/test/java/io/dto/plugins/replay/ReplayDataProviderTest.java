package io.dto.plugins.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import io.dto.testkit.DataProviderHarness;
import io.dto.testkit.PluginCallFailedException;
import io.dto.testkit.PluginHarness;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayDataProviderTest {

    private static final String GOOG = "sample/GOOG-1d-2004-2008.csv";

    @TempDir
    Path folder;

    private static JsonObject config(String... files) {
        return new JsonObject().put("files", new JsonArray(List.of(files)));
    }

    @Test
    @DisplayName("as fast as possible replays the whole GOOG sample in order, in batches, then says it finished")
    void shouldReplaySampleInOrderAsFastAsPossible() {
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(GOOG).put("speed", 0).put("batch", 100))) {
            assertThat(feed.plugin().info().capabilities().symbols()).containsExactly("GOOG");
            feed.startStreaming();
            feed.advance(Duration.ofMillis(5));
            assertThat(feed.sink().bars()).hasSize(500);
            feed.advance(Duration.ofMillis(20));

            List<Bar> bars = feed.sink().bars();
            assertThat(bars).hasSize(1047);
            assertThat(bars).extracting(Bar::timestamp).isSorted().doesNotHaveDuplicates();
            assertThat(bars.get(0)).isEqualTo(new Bar("GOOG", "1d", Instant.parse("2004-08-19T00:00:00Z"), 100.00,
                    104.06, 95.96, 100.34, 22_351_900));
            assertThat(bars.get(1046).timestamp()).isEqualTo(Instant.parse("2008-10-14T00:00:00Z"));
            assertThat(feed.sink().finished()).containsExactly("replayed 1047 rows of 1 file(s)");
        }
    }

    @Test
    @DisplayName("at 10x, each trade is offered when its recorded offset divided by ten has elapsed on the clock")
    void shouldKeepTimeAtSpeedFactor() throws IOException {
        Path ticks = folder.resolve("AAPL-ticks.csv");
        long[] offsets = {0, 250, 1_000, 1_010, 7_500, 60_000};
        StringBuilder csv = new StringBuilder("timestamp,price,size,side\n");
        Instant t0 = Instant.parse("2024-01-02T14:30:00Z");
        for (int i = 0; i < offsets.length; i++) {
            csv.append(t0.plusMillis(offsets[i])).append(',').append(100 + i).append(",10,").append(i % 2 == 0
                    ? "buy" : "S").append('\n');
        }
        Files.writeString(ticks, csv);
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(ticks.toString()).put("kind", "ticks").put("speed", 10))) {
            Instant start = feed.clock().instant();
            feed.startStreaming();
            List<Long> offeredAt = new ArrayList<>();
            while (feed.clock().advanceToNextTimer()) {
                while (offeredAt.size() < feed.sink().ticks().size()) {
                    offeredAt.add(Duration.between(start, feed.clock().instant()).toMillis());
                }
            }
            assertThat(offeredAt).hasSize(6);
            for (int i = 0; i < offsets.length; i++) {
                assertThat(offeredAt.get(i)).as("tick %d", i).isCloseTo(Math.max(1, offsets[i] / 10),
                        org.assertj.core.api.Assertions.within(1L));
            }
            assertThat(feed.sink().ticks()).extracting(Tick::aggressor).containsExactly(Side.BUY, Side.SELL,
                    Side.BUY, Side.SELL, Side.BUY, Side.SELL);
        }
    }

    @Test
    @DisplayName("JSONL quotes with nested fields are mapped through the column configuration at 1x")
    void shouldMapJsonlQuotes() throws IOException {
        Path quotes = folder.resolve("feed.jsonl");
        Files.writeString(quotes, """
                {"t": 1704205800000, "s": "MSFT", "q": {"b": 375.1, "bs": 300, "a": 375.2, "as": 200}}
                {"t": 1704205802000, "s": "MSFT", "q": {"b": 375.0, "bs": 100, "a": 375.3, "as": 100}}
                not json
                {"t": 1704205803000, "s": "MSFT", "q": {"b": 376.0, "bs": 100, "a": 375.0, "as": 100}}
                """);
        JsonObject columns = new JsonObject().put("timestamp", "t").put("symbol", "s").put("bid", "q.b")
                .put("bid_size", "q.bs").put("ask", "q.a").put("ask_size", "q.as");
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(quotes.toString()).put("kind", "quotes").put("columns", columns)
                        .put("timestamp_format", "epoch_millis"))) {
            assertThat(feed.harness().metrics().counter("rows.rejected")).isEqualTo(2.0);
            feed.startStreaming();
            feed.advance(Duration.ofMillis(1_999));
            assertThat(feed.sink().quotes()).hasSize(1);
            feed.advance(Duration.ofMillis(2));
            assertThat(feed.sink().quotes()).extracting(Quote::bid).containsExactly(375.1, 375.0);
            assertThat(feed.sink().finished()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a CSV in Yahoo's old layout reads through column names and a date pattern; bad rows are skipped")
    void shouldReadMappedCsvAndSkipGarbage() throws IOException {
        Path file = folder.resolve("msft-yahoo.csv");
        Files.writeString(file, """
                Date,Open,High,Low,Close,Volume,Adj. Close*
                19-Sep-03,29.76,29.97,29.52,29.96,92433800,29.79
                18-Sep-03,28.49,29.51,28.42,29.50,67268096,29.34
                17-Sep-03,28.76,28.95,28.47,oops,47221600,28.34
                16-Sep-03,28.41,28.95,28.32,30.90,52060600,28.74
                """);
        JsonObject columns = new JsonObject().put("timestamp", "Date").put("open", "Open").put("high", "High")
                .put("low", "Low").put("close", "Close").put("volume", "Volume");
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(file.toString()).put("symbol", "MSFT").put("columns", columns)
                        .put("timestamp_format", "dd-MMM-yy").put("speed", 0))) {
            assertThat(feed.harness().metrics().counter("rows.rejected")).isEqualTo(2.0);
            assertThat(feed.harness().logger().entries()).anySatisfy(e -> assertThat(e.message())
                    .contains("skipped 2 unreadable rows"));
            feed.startStreaming();
            feed.advance(Duration.ofMillis(10));
            assertThat(feed.sink().bars()).extracting(Bar::timestamp).containsExactly(
                    Instant.parse("2003-09-18T00:00:00Z"), Instant.parse("2003-09-19T00:00:00Z"));
        }
    }

    @Test
    @DisplayName("on PAUSE the replay stops, and onResume continues with the next row, shifted by the pause")
    void shouldPauseAndResume() throws IOException {
        Path ticks = folder.resolve("X.csv");
        StringBuilder csv = new StringBuilder("timestamp,price,size\n");
        for (int i = 0; i < 6; i++) {
            csv.append(Instant.parse("2024-01-02T14:30:00Z").plusSeconds(i)).append(",10,1\n");
        }
        Files.writeString(ticks, csv);
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(ticks.toString()).put("kind", "ticks"))) {
            feed.sink().pauseAfter(2);
            feed.startStreaming();
            feed.advance(Duration.ofSeconds(30));
            assertThat(feed.sink().ticks()).hasSize(2);
            assertThat(feed.sink().offeredWhilePaused()).isZero();

            feed.resume();
            assertThat(feed.sink().ticks()).hasSize(2);
            feed.advance(Duration.ofMillis(999));
            assertThat(feed.sink().ticks()).hasSize(2);
            feed.advance(Duration.ofMillis(1));
            assertThat(feed.sink().ticks()).hasSize(3);
            feed.advance(Duration.ofSeconds(3));
            assertThat(feed.sink().ticks()).hasSize(6);
            assertThat(feed.sink().finished()).hasSize(1);
        }
    }

    @Test
    @DisplayName("derive_quotes follows each bar with a quote around its close, for brokers that fill on quotes")
    void shouldDeriveQuotesFromBars() {
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(GOOG).put("speed", 0).put("derive_quotes", true).put("derived_spread_bps", 10))) {
            feed.startStreaming();
            feed.advance(Duration.ofMillis(10));
            List<MarketData> received = feed.received();
            assertThat(received).hasSize(2094);
            Quote quote = (Quote) received.get(1);
            assertThat(received.get(0)).isInstanceOf(Bar.class);
            assertThat(quote.mid()).isCloseTo(100.34, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(quote.ask() - quote.bid()).isCloseTo(0.10034, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    @DisplayName("historical bars come from the loaded bars for [from, to); other timeframes are refused")
    void shouldServeHistoricalBars() {
        try (DataProviderHarness<ReplayDataProvider> feed = DataProviderHarness.start(new ReplayDataProvider(),
                config(GOOG))) {
            assertThat(feed.plugin().info().capabilities().rateLimitPerMinute()).isEqualTo(100);
            List<Bar> week = feed.historicalBars("GOOG", Instant.parse("2004-08-23T00:00:00Z"),
                    Instant.parse("2004-08-28T00:00:00Z"), "1d");
            assertThat(week).hasSize(5).extracting(Bar::timestamp).isSorted();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> feed.historicalBars("GOOG",
                    Instant.parse("2004-08-23T00:00:00Z"), Instant.parse("2004-08-28T00:00:00Z"), "1m"))
                    .isInstanceOf(PluginCallFailedException.class).hasMessageContaining("ask for timeframe 1d");
        }
    }

    @Test
    @DisplayName("a missing file or a file without one readable row fails initialization, naming it")
    void shouldFailWithoutReadableRows() throws IOException {
        Path empty = folder.resolve("E.csv");
        Files.writeString(empty, "timestamp,open\nnope,1\n");
        PluginHarness<ReplayDataProvider> harness = PluginHarness.builder(new ReplayDataProvider())
                .config(config(empty.toString())).build();
        assertThat(harness.initialize().cause()).hasMessageContaining("no readable rows")
                .hasMessageContaining("E.csv line 2");
        harness.close();
        PluginHarness<ReplayDataProvider> missing = PluginHarness.builder(new ReplayDataProvider())
                .config(config(folder.resolve("missing.csv").toString())).build();
        assertThat(missing.initialize().cause()).hasMessageContaining("missing.csv");
        missing.close();
    }
}
