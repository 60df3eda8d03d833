package io.dto.gateway.metrics;

import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The order path as {@code order.events} shows it: orders submitted, acknowledged by the venue, filled, canceled and
 * rejected (by reason), orders open, and the latencies submit to acknowledgement and submit to first fill, timed
 * by when the events arrive here. Signal to submit is timed by the signal router ({@link #onSignalSubmitted}).
 * {@link #onOrderEvent} runs on one context; the gauges are read from the scrape thread.
 */
public final class OrderMeters implements MeterBinder {

    static final String SUBMITTED = "gateway.orders.submitted";
    static final String ACKNOWLEDGED = "gateway.orders.acknowledged";
    static final String FILLED = "gateway.orders.filled";
    static final String CANCELED = "gateway.orders.canceled";
    static final String REJECTED = "gateway.orders.rejected";
    static final String OPEN = "gateway.orders.open";
    static final String SIGNAL_TO_SUBMIT = "gateway.order.signal.to.submit";
    static final String SUBMIT_TO_ACK = "gateway.order.submit.to.ack";
    static final String SUBMIT_TO_FILL = "gateway.order.submit.to.fill";

    private static final Set<OrderStatus> VENUE_ACCEPTED = EnumSet.of(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED,
            OrderStatus.FILLED);

    private final Map<String, Tracked> open = new HashMap<>();
    private final Map<String, Broker> brokers = new ConcurrentHashMap<>();
    private MeterRegistry registry;

    /** What this binder remembers of an order until it is final. */
    private static final class Tracked {
        private final Broker broker;
        private final long submittedNanos;
        private boolean acknowledged;
        private boolean filled;

        Tracked(Broker broker, long submittedNanos) {
            this.broker = broker;
            this.submittedNanos = submittedNanos;
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A strategy's signal became an order the order manager accepted, {@code nanos} after it was routed. */
    public void onSignalSubmitted(String strategy, long nanos) {
        Timer.builder(SIGNAL_TO_SUBMIT).tag("strategy", strategy)
                .description("From a strategy's signal to the order manager accepting its order")
                .serviceLevelObjectives(Buckets.ORDER_PATH).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void onOrderEvent(OrderEvent event) {
        long now = registry.config().clock().monotonicTime();
        Tracked order = open.get(event.orderId());
        if (order == null) {
            order = new Tracked(broker(event.broker()), now);
            order.broker.submitted.increment();
            open.put(event.orderId(), order);
            order.broker.open.incrementAndGet();
        }
        if (!order.acknowledged && VENUE_ACCEPTED.contains(event.status())) {
            order.acknowledged = true;
            order.broker.acknowledged.increment();
            order.broker.submitToAck.record(now - order.submittedNanos, TimeUnit.NANOSECONDS);
        }
        if (!order.filled && event.filledQuantity() != null && event.filledQuantity().signum() > 0) {
            order.filled = true;
            order.broker.submitToFill.record(now - order.submittedNanos, TimeUnit.NANOSECONDS);
        }
        if (event.status().isTerminal()) {
            open.remove(event.orderId());
            order.broker.open.decrementAndGet();
            terminal(order.broker, event);
        }
    }

    private void terminal(Broker broker, OrderEvent event) {
        switch (event.status()) {
            case FILLED -> broker.filled.increment();
            case CANCELED, EXPIRED -> broker.canceled.increment();
            case REJECTED -> Counter.builder(REJECTED)
                    .tags("broker", broker.name, "reason", RejectReasons.classify(event.reason()))
                    .description("Orders rejected, by the gateway (reason says which check) or by the venue")
                    .register(registry).increment();
            default -> {
                // REPLACED: the replacement order carries on under its own id.
            }
        }
    }

    private Broker broker(String name) {
        return brokers.computeIfAbsent(name == null ? "none" : name, Broker::new);
    }

    /** The meters of one broker. */
    private final class Broker {
        private final String name;
        private final Counter submitted;
        private final Counter acknowledged;
        private final Counter filled;
        private final Counter canceled;
        private final AtomicLong open = new AtomicLong();
        private final Timer submitToAck;
        private final Timer submitToFill;

        Broker(String name) {
            this.name = name;
            submitted = counter(SUBMITTED, "Orders the order manager took in (including those it then rejected)");
            acknowledged = counter(ACKNOWLEDGED, "Orders the venue acknowledged (first NEW or fill)");
            filled = counter(FILLED, "Orders completely filled");
            canceled = counter(CANCELED, "Orders canceled or expired");
            Gauge.builder(OPEN, open, AtomicLong::get).tag("broker", name)
                    .description("Orders not yet filled, canceled, expired, replaced or rejected").register(registry);
            submitToAck = timer(SUBMIT_TO_ACK, "From an order's submission to the venue's acknowledgement");
            submitToFill = timer(SUBMIT_TO_FILL, "From an order's submission to its first fill");
        }

        private Counter counter(String meter, String description) {
            return Counter.builder(meter).tag("broker", name).description(description).register(registry);
        }

        private Timer timer(String meter, String description) {
            return Timer.builder(meter).tag("broker", name).description(description)
                    .serviceLevelObjectives(Buckets.ORDER_PATH).register(registry);
        }
    }
}
