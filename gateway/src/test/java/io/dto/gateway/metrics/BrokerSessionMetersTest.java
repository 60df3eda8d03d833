package io.dto.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.BrokerSessionStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrokerSessionMetersTest {

    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BrokerSessionMeters meters = new BrokerSessionMeters(InstantSource.fixed(NOW));

    @BeforeEach
    void bind() {
        meters.bindTo(registry);
        meters.onBrokerStarted("fix");
    }

    @Test
    @DisplayName("a session's logon state, sequence numbers and heartbeat age follow its latest status")
    void shouldFollowSessionStatus() {
        meters.onStatus(status(true, 12, 40, NOW.minusSeconds(7)));

        assertThat(value(BrokerSessionMeters.LOGGED_ON)).isEqualTo(1);
        assertThat(registry.get(BrokerSessionMeters.SEQUENCE).tag("direction", "sender").gauge().value()).isEqualTo(12);
        assertThat(registry.get(BrokerSessionMeters.SEQUENCE).tag("direction", "target").gauge().value()).isEqualTo(40);
        assertThat(value(BrokerSessionMeters.HEARTBEAT_AGE)).isEqualTo(7.0);

        meters.onStatus(status(false, 13, 41, null));

        assertThat(value(BrokerSessionMeters.LOGGED_ON)).isZero();
        assertThat(value(BrokerSessionMeters.HEARTBEAT_AGE)).as("the last heartbeat heard still counts").isEqualTo(7.0);
        assertThat(meters.sessions()).extracting(BrokerSessionStatus::loggedOn).containsExactly(false);
    }

    @Test
    @DisplayName("a session that never heard its counterparty has no heartbeat age")
    void shouldOmitUnknownHeartbeat() {
        meters.onStatus(status(true, 1, 1, null));

        assertThat(registry.find(BrokerSessionMeters.HEARTBEAT_AGE).gauges()).isEmpty();
    }

    @Test
    @DisplayName("a stopped broker's sessions go, and its late reports are ignored")
    void shouldForgetStoppedBroker() {
        meters.onStatus(status(true, 1, 1, NOW));
        meters.onBrokerStopped("fix");
        meters.onStatus(status(false, 2, 2, NOW));

        assertThat(registry.getMeters()).isEmpty();
        assertThat(meters.sessions()).isEmpty();
    }

    private double value(String name) {
        return registry.get(name).tags("broker", "fix", "session", "FIX.4.4:DTO->SIM").gauge().value();
    }

    private static BrokerSessionStatus status(boolean loggedOn, long sender, long target, Instant heartbeat) {
        return new BrokerSessionStatus("fix", "FIX.4.4:DTO->SIM", loggedOn, sender, target, heartbeat, "");
    }
}
