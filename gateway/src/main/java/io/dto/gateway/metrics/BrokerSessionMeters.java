package io.dto.gateway.metrics;

import io.dto.api.message.BrokerSessionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Broker sessions as their brokers report them on {@code broker.sessions}: logged on or not, the next sequence
 * numbers, and the age of the last message from the counterparty (for sessions that report one).
 */
public final class BrokerSessionMeters implements MeterBinder {

    static final String LOGGED_ON = "gateway.broker.session.logged.on";
    static final String SEQUENCE = "gateway.broker.session.next.sequence";
    static final String HEARTBEAT_AGE = "gateway.broker.session.heartbeat.age";

    private final InstantSource clock;
    private final Map<String, BrokerSessionStatus> latest = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastHeartbeats = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private MeterRegistry registry;

    public BrokerSessionMeters(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The latest status of every session a broker reported, for the readiness check. */
    public List<BrokerSessionStatus> sessions() {
        return List.copyOf(latest.values());
    }

    /** A broker started: its sessions are measured until it stops. */
    void onBrokerStarted(String broker) {
        running.add(broker);
    }

    void onStatus(BrokerSessionStatus status) {
        if (!running.contains(status.broker())) {
            return;
        }
        String key = status.broker() + "/" + status.sessionId();
        BrokerSessionStatus previous = latest.put(key, status);
        Tags tags = Tags.of("broker", status.broker(), "session", status.sessionId());
        if (previous == null) {
            Gauge.builder(LOGGED_ON, latest, l -> l.get(key).loggedOn() ? 1 : 0).tags(tags)
                    .description("1 while the session is logged on").register(registry);
            Gauge.builder(SEQUENCE, latest, l -> l.get(key).nextSenderSeqNum()).tags(tags).tag("direction", "sender")
                    .description("Next sequence number, of messages to send (sender) or to receive (target)")
                    .register(registry);
            Gauge.builder(SEQUENCE, latest, l -> l.get(key).nextTargetSeqNum()).tags(tags).tag("direction", "target")
                    .description("Next sequence number, of messages to send (sender) or to receive (target)")
                    .register(registry);
        }
        if (status.lastHeartbeat() != null && lastHeartbeats.put(key, status.lastHeartbeat()) == null) {
            Gauge.builder(HEARTBEAT_AGE, lastHeartbeats, l -> (clock.millis() - l.get(key).toEpochMilli()) / 1000.0)
                    .tags(tags).baseUnit("seconds")
                    .description("Time since the last message of any kind from the counterparty").register(registry);
        }
    }

    /** A broker stopped: its sessions and their meters go, and late reports of its sessions are ignored. */
    void onBrokerStopped(String broker) {
        running.remove(broker);
        for (String name : new String[] {LOGGED_ON, SEQUENCE, HEARTBEAT_AGE}) {
            registry.find(name).tag("broker", broker).meters().forEach(registry::remove);
        }
        latest.keySet().removeIf(key -> key.startsWith(broker + "/"));
        lastHeartbeats.keySet().removeIf(key -> key.startsWith(broker + "/"));
    }
}
