package io.dto.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.codec.MessageCodecs;
import io.dto.api.message.BrokerSessionStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("BrokerSessions")
class BrokerSessionsTest {

    private static final Instant NOW = Instant.parse("2026-01-02T10:00:10Z");

    @Test
    @DisplayName("keeps the latest status per broker session from broker.sessions, with gauges tagged by session")
    void shouldFollowPublishedStatuses(Vertx vertx, VertxTestContext test) {
        MessageCodecs.registerAll(vertx.eventBus());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        BrokerSessions sessions = new BrokerSessions(registry, InstantSource.fixed(NOW));
        sessions.listen(vertx).onComplete(test.succeeding(v -> {
            vertx.eventBus().publish(Addresses.BROKER_SESSIONS, new BrokerSessionStatus("fix", "FIX.4.4:A->B", false,
                    1, 1, null, "connecting"));
            vertx.eventBus().publish(Addresses.BROKER_SESSIONS, new BrokerSessionStatus("fix", "FIX.4.4:A->B", true,
                    12, 7, NOW.minusSeconds(4), "logged on"));
            vertx.eventBus().publish(Addresses.BROKER_SESSIONS, new BrokerSessionStatus("another", "s", false, 0, 0,
                    null, "down"));
            vertx.setPeriodic(10, poll -> {
                if (sessions.all().size() < 2 || sessions.all().get(1).nextSenderSeqNum() != 12) {
                    return;
                }
                vertx.cancelTimer(poll);
                test.verify(() -> {
                    assertThat(sessions.all()).extracting(BrokerSessionStatus::broker)
                            .containsExactly("another", "fix");
                    assertThat(sessions.all().get(1).nextSenderSeqNum()).isEqualTo(12);
                    assertThat(registry.get("gateway.broker.session.logged_on").tag("broker", "fix").gauge().value())
                            .isEqualTo(1.0);
                    assertThat(registry.get("gateway.broker.session.next_target_seq_num").tag("session", "FIX.4.4:A->B")
                            .gauge().value()).isEqualTo(7.0);
                    assertThat(registry.get("gateway.broker.session.last_received_age").tag("broker", "fix").gauge()
                            .value()).isEqualTo(4.0);
                    assertThat(registry.get("gateway.broker.session.logged_on").tag("broker", "another").gauge()
                            .value()).isZero();
                    test.completeNow();
                });
            });
        }));
    }
}
