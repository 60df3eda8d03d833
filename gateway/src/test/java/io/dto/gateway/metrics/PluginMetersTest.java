package io.dto.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.PluginState;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.gateway.plugin.PluginStatsFixture;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PluginMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PluginMeters meters = new PluginMeters();

    @BeforeEach
    void bind() {
        meters.bindTo(registry);
    }

    @Test
    @DisplayName("the state gauge is 1 for the plugin's current state only, and goes when the plugin is unloaded")
    void shouldFollowLifecycleStates() {
        meters.onLifecycle(event("ma", PluginState.INITIALIZING));
        meters.onLifecycle(event("ma", PluginState.RUNNING));

        assertThat(state("ma", PluginState.RUNNING)).isEqualTo(1.0);
        assertThat(state("ma", PluginState.INITIALIZING)).isZero();
        assertThat(registry.find(PluginMeters.STATE).tag("plugin", "ma").gauges())
                .hasSize(PluginState.values().length);

        meters.onLifecycle(event("ma", PluginState.UNLOADED));
        assertThat(registry.find(PluginMeters.STATE).tag("plugin", "ma").gauges()).isEmpty();
    }

    @Test
    @DisplayName("events in and out and errors read the host's counters")
    void shouldReadHostCounters() {
        meters.onHostStarted("ma", PluginStatsFixture.with(5, 3, 2));

        assertThat(registry.get(PluginMeters.EVENTS_IN).tag("plugin", "ma").functionCounter().count()).isEqualTo(5);
        assertThat(registry.get(PluginMeters.EVENTS_OUT).tag("plugin", "ma").functionCounter().count()).isEqualTo(3);
        assertThat(registry.get(PluginMeters.ERRORS).tag("plugin", "ma").functionCounter().count()).isEqualTo(2);
        assertThat(registry.get(PluginMeters.RELOADS).tags("plugin", "ma", "outcome", "succeeded").counter().count())
                .isZero();
    }

    @Test
    @DisplayName("handler time goes into the histogram; only handlers slower than 10 ms count as blocking")
    void shouldCountBlockingHandlers() {
        meters.onHostStarted("ma", PluginStatsFixture.with(0, 0, 0));

        meters.onHandled("ma", TimeUnit.MILLISECONDS.toNanos(2));
        meters.onHandled("ma", TimeUnit.MILLISECONDS.toNanos(30));

        Timer processing = registry.get(PluginMeters.PROCESSING).tag("plugin", "ma").timer();
        assertThat(processing.count()).isEqualTo(2);
        assertThat(processing.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(32.0);
        assertThat(processing.takeSnapshot().histogramCounts()).isNotEmpty();
        Counter blocked = registry.get(PluginMeters.BLOCKED).tag("plugin", "ma").counter();
        assertThat(blocked.count()).isEqualTo(0.030);
    }

    @Test
    @DisplayName("a stopped host takes its meters with it, including the plugin's own")
    void shouldRemoveMetersOfStoppedHost() {
        meters.onHostStarted("ma", PluginStatsFixture.with(1, 1, 0));
        Counter.builder(PluginMeters.CUSTOM_PREFIX + "signals").tag("plugin", "ma").register(registry);
        Counter.builder(PluginMeters.CUSTOM_PREFIX + "signals").tag("plugin", "other").register(registry);

        meters.onHostStopped("ma");

        assertThat(registry.getMeters()).allSatisfy(m -> assertThat(m.getId().getTag("plugin")).isEqualTo("other"));
        meters.onHandled("ma", 1_000);
        assertThat(registry.find(PluginMeters.PROCESSING).meters()).isEmpty();
    }

    @Test
    @DisplayName("reloads are counted by outcome")
    void shouldCountReloads() {
        meters.onHostStarted("ma", PluginStatsFixture.with(0, 0, 0));
        meters.onReloaded("ma", true);
        meters.onReloaded("ma", false);
        meters.onReloaded("ma", true);

        assertThat(registry.get(PluginMeters.RELOADS).tags("plugin", "ma", "outcome", "succeeded").counter().count())
                .isEqualTo(2);
        assertThat(registry.get(PluginMeters.RELOADS).tags("plugin", "ma", "outcome", "failed").counter().count())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("each move to RESTARTING counts a restart; the count outlives the host and goes with the plugin")
    void shouldCountRestarts() {
        meters.onLifecycle(event("ma", PluginState.RUNNING));
        assertThat(restarts("ma")).isZero();

        meters.onHostStarted("ma", PluginStatsFixture.with(0, 0, 0));
        meters.onLifecycle(event("ma", PluginState.RESTARTING));
        meters.onHostStopped("ma");
        meters.onLifecycle(event("ma", PluginState.RUNNING));
        meters.onLifecycle(event("ma", PluginState.RESTARTING));

        assertThat(restarts("ma")).isEqualTo(2);
        meters.onLifecycle(event("ma", PluginState.UNLOADED));
        assertThat(registry.find(PluginMeters.RESTARTS).meters()).isEmpty();
    }

    @Test
    @DisplayName("the inbound market-data buffer's depth and drops are read from the host")
    void shouldReadMarketDataBuffer() {
        meters.onHostStarted("ma", PluginStatsFixture.subscriberOffered(7));

        assertThat(registry.get(PluginMeters.MD_DROPPED).tag("plugin", "ma").functionCounter().count()).isEqualTo(3);
        assertThat(registry.get(PluginMeters.MD_BUFFERED).tag("plugin", "ma").gauge().value()).isEqualTo(4);
    }

    private double restarts(String plugin) {
        return registry.get(PluginMeters.RESTARTS).tag("plugin", plugin).counter().count();
    }

    private double state(String plugin, PluginState state) {
        return registry.get(PluginMeters.STATE).tags("plugin", plugin, "state", state.name()).gauge().value();
    }

    private static PluginLifecycleEvent event(String plugin, PluginState state) {
        return new PluginLifecycleEvent(plugin, "1.0.0", state, null, Instant.EPOCH);
    }
}
