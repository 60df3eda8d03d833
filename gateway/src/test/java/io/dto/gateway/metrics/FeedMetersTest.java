package io.dto.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.Quote;
import io.dto.api.message.Tick;
import io.dto.gateway.plugin.PluginStatsFixture;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedMetersTest {

    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final FeedMeters meters = new FeedMeters(InstantSource.fixed(NOW));

    @BeforeEach
    void bind() {
        meters.bindTo(registry);
        meters.onFeedStarted("synthetic", PluginStatsFixture.feedPaused(2));
    }

    @Test
    @DisplayName("updates are counted by kind and symbol, and lag is arrival minus the update's timestamp")
    void shouldCountUpdatesAndLag() {
        meters.onMarketData("synthetic", new Tick("AAPL", NOW.minusMillis(40), 187.5, 100, null));
        meters.onMarketData("synthetic", new Quote("AAPL", NOW.minusMillis(10), 187.4, 100, 187.6, 200));
        meters.onMarketData("synthetic", new Quote("AAPL", NOW.plusMillis(5), 187.4, 100, 187.6, 200));

        assertThat(updates("AAPL", "tick")).isEqualTo(1);
        assertThat(updates("AAPL", "quote")).isEqualTo(2);
        Timer lag = registry.get(FeedMeters.LAG).tag("feed", "synthetic").timer();
        assertThat(lag.count()).isEqualTo(3);
        assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).as("a timestamp ahead of the clock counts as no lag")
                .isEqualTo(50.0);
    }

    @Test
    @DisplayName("the age of a symbol's last update grows with time and restarts at each update")
    void shouldMeasureAgeOfLastUpdate() {
        meters.onMarketData("synthetic", new Tick("AAPL", NOW, 187.5, 100, null));
        clock.add(Duration.ofSeconds(3));

        assertThat(registry.get(FeedMeters.AGE).tags("feed", "synthetic", "symbol", "AAPL").gauge().value())
                .isEqualTo(3.0);
        assertThat(meters.sinceLastUpdate("synthetic")).contains(Duration.ofSeconds(3));
        assertThat(meters.sinceLastUpdate("unknown")).isEmpty();
    }

    @Test
    @DisplayName("symbols beyond the per-feed bound are counted together under _other")
    void shouldBoundSymbolCardinality() {
        for (int i = 0; i < FeedMeters.MAX_SYMBOLS + 20; i++) {
            meters.onMarketData("synthetic", new Tick("S" + i, NOW, 10, 1, null));
        }

        assertThat(registry.find(FeedMeters.UPDATES).counters()).hasSize(FeedMeters.MAX_SYMBOLS + 1);
        assertThat(updates(FeedMeters.OTHER, "tick")).isEqualTo(20);
    }

    @Test
    @DisplayName("garbage, reconnects and pauses are counted; a stopped feed loses its meters and late updates")
    void shouldCountGarbageAndForgetStoppedFeeds() {
        meters.onGarbage("synthetic");
        meters.onReconnecting("synthetic");
        meters.onReconnecting("synthetic");
        assertThat(registry.get(FeedMeters.GARBAGE).tag("feed", "synthetic").counter().count()).isEqualTo(1);
        assertThat(registry.get(FeedMeters.RECONNECTS).tag("feed", "synthetic").counter().count()).isEqualTo(2);
        assertThat(registry.get(FeedMeters.PAUSES).tag("feed", "synthetic").functionCounter().count()).isEqualTo(2);

        meters.onFeedStopped("synthetic");
        meters.onMarketData("synthetic", new Tick("AAPL", NOW, 187.5, 100, null));
        meters.onGarbage("synthetic");

        assertThat(registry.getMeters()).isEmpty();
    }

    private double updates(String symbol, String kind) {
        return registry.get(FeedMeters.UPDATES).tags("feed", "synthetic", "symbol", symbol, "kind", kind).counter()
                .count();
    }
}
