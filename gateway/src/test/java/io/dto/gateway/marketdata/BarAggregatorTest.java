package io.dto.gateway.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.Bar;
import io.dto.api.message.Tick;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {

    private static final long T0 = Instant.parse("2024-01-02T14:30:00Z").toEpochMilli();
    private final BarAggregator aggregator = new BarAggregator(
            List.of(BarTimeframe.parse("1s"), BarTimeframe.parse("1m")), 100);

    @Test
    @DisplayName("a trade exactly at the boundary opens the next bar and closes the previous one")
    void shouldCloseBarAtBoundary() {
        aggregator.onTick(tick(T0, 10.0, 100), T0);
        aggregator.onTick(tick(T0 + 400, 12.0, 50), T0 + 400);
        aggregator.onTick(tick(T0 + 999, 9.0, 25), T0 + 999);
        List<Bar> closed = aggregator.onTick(tick(T0 + 1000, 11.0, 10), T0 + 1000);

        assertThat(closed).singleElement().satisfies(bar -> {
            assertThat(bar.timeframe()).isEqualTo("1s");
            assertThat(bar.timestamp()).isEqualTo(Instant.ofEpochMilli(T0));
            assertThat(List.of(bar.open(), bar.high(), bar.low(), bar.close())).containsExactly(10.0, 12.0, 9.0, 9.0);
            assertThat(bar.volume()).isEqualTo(175);
        });
    }

    @Test
    @DisplayName("a silent feed's bar closes on the timer once its end plus the close delay has passed")
    void shouldCloseBarsOfSilentFeedOnTimer() {
        aggregator.onTick(tick(T0 + 200, 10.0, 100), T0 + 200);
        assertThat(aggregator.onTimer(T0 + 1099)).isEmpty();
        assertThat(aggregator.onTimer(T0 + 1100)).extracting(Bar::timeframe).containsExactly("1s");
        assertThat(aggregator.onTimer(T0 + 60_099)).isEmpty();
        assertThat(aggregator.onTimer(T0 + 60_100)).extracting(Bar::timeframe).containsExactly("1m");
        assertThat(aggregator.onTimer(T0 + 120_000)).isEmpty();
    }

    @Test
    @DisplayName("intervals without trades produce no bars; the next bar starts at its own interval")
    void shouldNotEmitBarsForEmptyIntervals() {
        aggregator.onTick(tick(T0, 10.0, 1), T0);
        List<Bar> closed = aggregator.onTick(tick(T0 + 5_500, 11.0, 1), T0 + 5_500);
        assertThat(closed).singleElement().extracting(Bar::timestamp).isEqualTo(Instant.ofEpochMilli(T0));
        assertThat(aggregator.onTimer(T0 + 6_100)).singleElement().satisfies(bar -> {
            assertThat(bar.timestamp()).isEqualTo(Instant.ofEpochMilli(T0 + 5_000));
            assertThat(bar.open()).isEqualTo(11.0);
        });
    }

    @Test
    @DisplayName("a replay's historical timestamps close bars on the feed's own time line, not the wall clock")
    void shouldFollowFeedTimeForReplays() {
        long wall = Instant.parse("2026-11-25T12:00:00Z").toEpochMilli();
        aggregator.onTick(tick(T0 + 100, 10.0, 1), wall);
        assertThat(aggregator.onTimer(wall + 500)).isEmpty();
        assertThat(aggregator.onTimer(wall + 1000)).extracting(Bar::timeframe).containsExactly("1s");
    }

    @Test
    @DisplayName("a trade for a bar that already closed is counted as late and changes no bar")
    void shouldCountLateTrades() {
        aggregator.onTick(tick(T0 + 100, 10.0, 1), T0 + 100);
        aggregator.onTick(tick(T0 + 1100, 11.0, 1), T0 + 1100);
        List<Bar> closed = aggregator.onTick(tick(T0 + 500, 50.0, 1), T0 + 1200);
        assertThat(closed).isEmpty();
        assertThat(aggregator.lateTrades()).isEqualTo(1);
        assertThat(aggregator.onTimer(T0 + 60_200)).filteredOn(b -> b.timeframe().equals("1m"))
                .singleElement().extracting(Bar::high).isEqualTo(50.0);
    }

    @Test
    @DisplayName("symbols are aggregated independently")
    void shouldKeepSymbolsApart() {
        aggregator.onTick(tick(T0, 10.0, 1), T0);
        aggregator.onTick(new Tick("MSFT", Instant.ofEpochMilli(T0 + 10), 300.0, 5, null), T0 + 10);
        assertThat(aggregator.onTimer(T0 + 1100)).extracting(Bar::symbol).containsExactlyInAnyOrder("AAPL", "MSFT");
    }

    @Test
    @DisplayName("timeframes parse from the bus labels and reject anything else")
    void shouldParseTimeframes() {
        assertThat(BarTimeframe.parse("5m").millis()).isEqualTo(300_000);
        assertThat(BarTimeframe.parse("1h").start(T0 + 20 * 60_000))
                .isEqualTo(Instant.parse("2024-01-02T14:00:00Z"));
        assertThatThrownBy(() -> BarTimeframe.parse("2x")).hasMessageContaining("1s, 1m, 5m, 1h, 1d");
    }

    private static Tick tick(long millis, double price, long size) {
        return new Tick("AAPL", Instant.ofEpochMilli(millis), price, size, null);
    }
}
