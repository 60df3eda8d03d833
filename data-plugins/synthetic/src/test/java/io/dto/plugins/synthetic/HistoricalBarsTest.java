package io.dto.plugins.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.message.Bar;
import io.dto.testkit.DataProviderHarness;
import io.dto.testkit.PluginCallFailedException;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Synthetic data provider: historical bars")
class HistoricalBarsTest {

    private static final Instant OPEN = Instant.parse("2024-01-02T14:30:00Z");

    private final DataProviderHarness<SyntheticDataProvider> feed =
            DataProviderHarness.start(new SyntheticDataProvider(), new JsonObject());

    @AfterEach
    void close() {
        feed.close();
    }

    @ParameterizedTest(name = "{0} bars from {1} to {2}: {3}")
    @DisplayName("returns one bar per timeframe boundary in [from, to)")
    @CsvSource({
            "1s, 2024-01-02T14:30:00Z, 2024-01-02T14:31:00Z, 60",
            "1m, 2024-01-02T14:30:30Z, 2024-01-02T15:30:00Z, 59",
            "5m, 2024-01-02T14:30:00Z, 2024-01-02T21:00:00Z, 78",
            "1h, 2024-01-02T14:30:00Z, 2024-01-02T21:00:01Z, 7",
            "1d, 2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z, 31"})
    void shouldReturnOneBarPerBoundary(String timeframe, Instant from, Instant to, int expected) {
        List<Bar> bars = feed.historicalBars("AAPL", from, to, timeframe);

        assertThat(bars).hasSize(expected).allSatisfy(bar -> {
            assertThat(bar.timeframe()).isEqualTo(timeframe);
            assertThat(bar.timestamp()).isBetween(from, to);
            assertThat(bar.volume()).isPositive();
        });
        assertThat(bars).extracting(Bar::timestamp).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("walks continuously: each bar opens where the previous one closed")
    void shouldWalkContinuously() {
        List<Bar> bars = feed.historicalBars("MSFT", OPEN, OPEN.plusSeconds(3600), "1m");

        assertThat(bars.get(0).open()).isEqualTo(375.0);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).open()).isEqualTo(bars.get(i - 1).close());
        }
    }

    @Test
    @DisplayName("returns the same bars for the same request, and others for another symbol or range")
    void shouldBeDeterministicPerSymbolAndRange() {
        List<Bar> first = feed.historicalBars("AAPL", OPEN, OPEN.plusSeconds(3600), "1m");

        assertThat(feed.historicalBars("AAPL", OPEN, OPEN.plusSeconds(3600), "1m")).isEqualTo(first);
        assertThat(feed.historicalBars("GOOGL", OPEN, OPEN.plusSeconds(3600), "1m")).isNotEqualTo(first);
        assertThat(feed.historicalBars("AAPL", OPEN, OPEN.plusSeconds(3660), "1m").subList(0, 60))
                .isNotEqualTo(first);
    }

    @Test
    @DisplayName("scales daily returns to the configured annual volatility")
    void shouldScaleDailyReturnsToTheVolatility() {
        List<Bar> bars = feed.historicalBars("AAPL", Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2010-01-01T00:00:00Z"), "1d");

        double[] returns = new double[bars.size() - 1];
        for (int i = 1; i < bars.size(); i++) {
            returns[i - 1] = Math.log(bars.get(i).close() / bars.get(i - 1).close());
        }
        double mean = java.util.Arrays.stream(returns).average().orElseThrow();
        double variance = java.util.Arrays.stream(returns).map(r -> (r - mean) * (r - mean)).sum()
                / (returns.length - 1);
        assertThat(Math.sqrt(variance * 252)).isCloseTo(0.25, within(0.0125));
    }

    @Test
    @DisplayName("names the supported timeframes when given an unknown one")
    void shouldRejectAnUnknownTimeframe() {
        assertThatThrownBy(() -> feed.historicalBars("AAPL", OPEN, OPEN.plusSeconds(60), "2m"))
                .isInstanceOf(PluginCallFailedException.class)
                .hasMessageEndingWith("unknown timeframe '2m'; supported: 1s, 1m, 5m, 1h, 1d");
    }

    @Test
    @DisplayName("refuses a range whose start is not before its end")
    void shouldRejectAnEmptyOrReversedRange() {
        assertThatThrownBy(() -> feed.historicalBars("AAPL", OPEN, OPEN, "1m"))
                .hasMessageEndingWith("from (2024-01-02T14:30:00Z) must be before to (2024-01-02T14:30:00Z)");
        assertThatThrownBy(() -> feed.historicalBars("AAPL", OPEN.plusSeconds(1), OPEN, "1m"))
                .hasMessageContaining("must be before");
    }

    @Test
    @DisplayName("refuses a range of more bars than one request may return")
    void shouldRejectTooManyBars() {
        assertThatThrownBy(() -> feed.historicalBars("AAPL", OPEN, OPEN.plusSeconds(2 * 86_400), "1s"))
                .hasMessageContaining("172800 1s bars requested")
                .hasMessageContaining("at most 100000 per request");
    }
}
