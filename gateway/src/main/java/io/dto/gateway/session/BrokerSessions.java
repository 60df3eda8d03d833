package io.dto.gateway.session;

import io.dto.api.Addresses;
import io.dto.api.message.BrokerSessionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest status of every broker session, as broker plugins publish it on {@code broker.sessions}: what
 * {@code GET /api/sessions} lists, what readiness waits for, and four gauges per session (tagged broker and session):
 * {@code gateway.broker.session.logged_on} (1 or 0), {@code gateway.broker.session.next_sender_seq_num},
 * {@code gateway.broker.session.next_target_seq_num} and {@code gateway.broker.session.last_received_age} (seconds
 * since the counterparty last sent anything). Gauges read this board, so they outlive a plugin reload.
 */
public final class BrokerSessions {

    private static final String PREFIX = "gateway.broker.session.";

    private final Map<String, BrokerSessionStatus> latest = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final InstantSource clock;

    public BrokerSessions(MeterRegistry registry, InstantSource clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Starts following {@code broker.sessions}; completes once the consumer is registered. */
    public Future<Void> listen(Vertx vertx) {
        return vertx.eventBus().<BrokerSessionStatus>consumer(Addresses.BROKER_SESSIONS, m -> update(m.body()))
                .completion();
    }

    void update(BrokerSessionStatus status) {
        String key = key(status.broker(), status.sessionId());
        if (latest.put(key, status) == null) {
            registerGauges(key, Tags.of("broker", status.broker(), "session", status.sessionId()));
        }
    }

    /** Every session known, by broker and session id. */
    public List<BrokerSessionStatus> all() {
        return latest.values().stream()
                .sorted(Comparator.comparing(BrokerSessionStatus::broker).thenComparing(BrokerSessionStatus::sessionId))
                .toList();
    }

    private void registerGauges(String key, Tags tags) {
        Gauge.builder(PREFIX + "logged_on", () -> latest.get(key).loggedOn() ? 1 : 0).tags(tags)
                .description("1 while the broker session is logged on").register(registry);
        Gauge.builder(PREFIX + "next_sender_seq_num", () -> latest.get(key).nextSenderSeqNum()).tags(tags)
                .description("the next sequence number the gateway sends").register(registry);
        Gauge.builder(PREFIX + "next_target_seq_num", () -> latest.get(key).nextTargetSeqNum()).tags(tags)
                .description("the next sequence number the gateway expects").register(registry);
        Gauge.builder(PREFIX + "last_received_age", () -> {
            var last = latest.get(key).lastHeartbeat();
            return last == null ? Double.NaN : Duration.between(last, clock.instant()).toMillis() / 1000.0;
        }).tags(tags).baseUnit("seconds")
                .description("seconds since the counterparty last sent anything").register(registry);
    }

    private static String key(String broker, String sessionId) {
        return broker + "\u0000" + sessionId;
    }
}
