package io.dto.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.gateway.config.SecurityConfig.Supervision;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PluginSupervisorTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final List<String> strikes = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PluginSupervisor supervisor = new PluginSupervisor(new Supervision(1000, 5, 100, 3, 100), meters,
            (id, reason) -> strikes.add(id + ": " + reason));
    private final PluginStats stats = new PluginStats();

    @Test
    @DisplayName("a call still running past blocked_ms is a strike")
    void shouldStrikeACallThatDoesNotReturn() {
        sample(0);
        stats.callStarted(SECOND);
        sample(2 * SECOND + SECOND / 2);

        assertThat(strikes).singleElement().asString()
                .startsWith("p: it has been blocking its thread for 1500 ms");
        assertThat(meters.get("gateway.plugin.strikes").tag("plugin", "p").counter().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a call that returned after blocked_ms is a strike")
    void shouldStrikeACallThatReturnedLate() {
        sample(0);
        stats.callStarted(1);
        stats.callEnded(TimeUnit.MILLISECONDS.toNanos(1200));
        sample(SECOND);

        assertThat(strikes).singleElement().asString().contains("blocked its thread for 1200 ms in one call");
    }

    @Test
    @DisplayName("more errors than max_errors_per_minute within a minute is a strike; as many is not")
    void shouldStrikeTooManyErrors() {
        sample(0);
        for (int i = 0; i < 5; i++) {
            stats.error("boom " + i);
        }
        sample(SECOND);
        assertThat(strikes).isEmpty();

        stats.error("boom 5");
        sample(2 * SECOND);
        assertThat(strikes).singleElement().asString().contains("threw 6 exceptions within a minute")
                .endsWith("last: boom 5");
    }

    @Test
    @DisplayName("errors spread over minutes are not a strike")
    void shouldForgetErrorsOfPastMinutes() {
        sample(0);
        for (int minute = 1; minute <= 3; minute++) {
            for (int i = 0; i < 4; i++) {
                stats.error("boom");
            }
            sample(minute * 60 * SECOND + 1);
        }
        assertThat(strikes).isEmpty();
    }

    @Test
    @DisplayName("more messages a second than max_messages_per_second is a strike")
    void shouldStrikeAFlood() {
        sample(0);
        stats.eventsOut(50);
        sample(SECOND);
        assertThat(strikes).isEmpty();

        stats.eventsOut(500);
        sample(2 * SECOND);
        assertThat(strikes).singleElement().asString().contains("sent 500 messages a second");
    }

    private void sample(long now) {
        supervisor.sample(Set.of("p"), Map.of("p", stats)::get, now);
    }
}
