package io.dto.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.spi.metrics.EventBusMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The event bus's meters, under the names {@code vertx-micrometer-metrics} uses ({@code vertx.eventbus.*}) and with
 * an {@code address} label ({@link AddressFamily}). It replaces that module's event-bus metrics, which register the
 * {@code handlers} and {@code pending} gauges again for every consumer, something Micrometer 1.13.9 and later logs
 * as a double registration (vert-x3/vertx-micrometer-metrics#259). Here each meter is registered once, when its
 * address first sees that kind of traffic. Reply addresses ({@code __vertx.*}, one per request) are not measured.
 */
final class EventBusMeters implements EventBusMetrics<EventBusMeters.Family> {

    private static final String PREFIX = "vertx.eventbus.";

    /** What a counter counts, and whether the message came from this JVM or a cluster peer. */
    private enum Traffic {
        PUBLISHED("published", "Messages published (to every consumer)"),
        SENT("sent", "Messages sent (to one consumer)"),
        RECEIVED("received", "Messages that arrived at an address, whether or not it had consumers"),
        PROCESSED("processed", "Messages handled by a consumer"),
        DISCARDED("discarded", "Messages dropped before a consumer handled them (queue full, consumer gone)");

        private final String meter;
        private final String description;

        Traffic(String meter, String description) {
            this.meter = meter;
            this.description = description;
        }
    }

    private final MeterRegistry registry;
    private final Map<String, Family> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Family> byFamily = new ConcurrentHashMap<>();

    EventBusMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meters of one address family. */
    final class Family {
        private final String address;
        private final AtomicLong handlers = new AtomicLong();
        private final AtomicLong[] pending = new AtomicLong[2];
        private final AtomicReferenceArray<Counter> counters = new AtomicReferenceArray<>(Traffic.values().length * 2);

        private Family(String address) {
            this.address = address;
            Gauge.builder(PREFIX + "handlers", handlers, AtomicLong::get).tag("address", address)
                    .description("Event-bus consumers registered").register(registry);
        }

        private void count(Traffic traffic, boolean local) {
            int slot = traffic.ordinal() * 2 + (local ? 0 : 1);
            Counter counter = counters.get(slot);
            if (counter == null) {
                counter = Counter.builder(PREFIX + traffic.meter).tags("address", address, "side", side(local))
                        .description(traffic.description).register(registry);
                counters.set(slot, counter);
            }
            counter.increment();
        }

        private synchronized AtomicLong pending(boolean local) {
            int slot = local ? 0 : 1;
            if (pending[slot] == null) {
                pending[slot] = new AtomicLong();
                Gauge.builder(PREFIX + "pending", pending[slot], AtomicLong::get)
                        .tags("address", address, "side", side(local))
                        .description("Messages queued for consumers and not yet handled").register(registry);
            }
            return pending[slot];
        }
    }

    @Override
    public Family handlerRegistered(String address) {
        Family family = family(address);
        if (family != null) {
            family.handlers.incrementAndGet();
        }
        return family;
    }

    @Override
    public void handlerUnregistered(Family family) {
        if (family != null) {
            family.handlers.decrementAndGet();
        }
    }

    @Override
    public void scheduleMessage(Family family, boolean local) {
        if (family != null) {
            family.pending(local).incrementAndGet();
        }
    }

    @Override
    public void discardMessage(Family family, boolean local, Message<?> msg) {
        if (family != null) {
            family.pending(local).decrementAndGet();
            family.count(Traffic.DISCARDED, local);
        }
    }

    @Override
    public void messageDelivered(Family family, boolean local) {
        if (family != null) {
            family.pending(local).decrementAndGet();
            family.count(Traffic.PROCESSED, local);
        }
    }

    @Override
    public void messageSent(String address, boolean publish, boolean local, boolean remote) {
        Family family = family(address);
        if (family != null) {
            family.count(publish ? Traffic.PUBLISHED : Traffic.SENT, local);
        }
    }

    @Override
    public void messageReceived(String address, boolean publish, boolean local, int handlers) {
        Family family = family(address);
        if (family != null) {
            family.count(Traffic.RECEIVED, local);
        }
    }

    @Override
    public void replyFailure(String address, ReplyFailure failure) {
        Family family = family(address);
        if (family != null) {
            Counter.builder(PREFIX + "reply.failures").tags("address", family.address, "failure", failure.name())
                    .description("Requests that got no reply (timeout, no consumer, failed)").register(registry)
                    .increment();
        }
    }

    private Family family(String address) {
        if (address.startsWith("__vertx.")) {
            return null;
        }
        Family known = byAddress.get(address);
        if (known != null) {
            return known;
        }
        Family family = byFamily.computeIfAbsent(AddressFamily.of(address), Family::new);
        byAddress.put(address, family);
        return family;
    }

    private static String side(boolean local) {
        return local ? "local" : "remote";
    }
}
