package io.dto.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderMetersTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final OrderMeters meters = new OrderMeters();

    @BeforeEach
    void bind() {
        meters.bindTo(registry);
    }

    @Test
    @DisplayName("an order's life counts it submitted, acknowledged and filled, and times ack and first fill")
    void shouldFollowAnOrderToItsFill() {
        meters.onOrderEvent(event("O-1", OrderStatus.PENDING_NEW, "0", null));
        assertThat(gauge(OrderMeters.OPEN)).isEqualTo(1);
        clock.add(Duration.ofMillis(3));
        meters.onOrderEvent(event("O-1", OrderStatus.NEW, "0", null));
        clock.add(Duration.ofMillis(5));
        meters.onOrderEvent(event("O-1", OrderStatus.PARTIALLY_FILLED, "4", null));
        meters.onOrderEvent(event("O-1", OrderStatus.FILLED, "10", null));

        assertThat(count(OrderMeters.SUBMITTED)).isEqualTo(1);
        assertThat(count(OrderMeters.ACKNOWLEDGED)).isEqualTo(1);
        assertThat(count(OrderMeters.FILLED)).isEqualTo(1);
        assertThat(gauge(OrderMeters.OPEN)).isZero();
        assertThat(registry.get(OrderMeters.SUBMIT_TO_ACK).tag("broker", "paper").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3.0);
        assertThat(registry.get(OrderMeters.SUBMIT_TO_FILL).tag("broker", "paper").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(8.0);
    }

    @Test
    @DisplayName("rejections are counted by a bounded reason: the gateway's own words, otherwise the venue")
    void shouldCountRejectionsByReason() {
        meters.onOrderEvent(event("O-1", OrderStatus.PENDING_NEW, "0", null));
        meters.onOrderEvent(event("O-1", OrderStatus.REJECTED, "0", "no broker 'paper' is running"));
        meters.onOrderEvent(event("O-2", OrderStatus.REJECTED, "0", "broker paper did not take the order: closed"));
        meters.onOrderEvent(event("O-3", OrderStatus.REJECTED, "0", "Unknown symbol ZZZZ (venue text 4711)"));
        meters.onOrderEvent(event("O-4", OrderStatus.REJECTED, "0",
                "max_notional: notional 125000.00 exceeds limit 100000.00"));
        meters.onOrderEvent(event("O-5", OrderStatus.REJECTED, "0",
                "portfolio-risk.correlation_limit: average correlation 0.91 of AAPL with [MSFT] exceeds limit 0.70"));
        meters.onOrderEvent(event("O-6", OrderStatus.REJECTED, "0",
                "rate limit of 50 orders per second for broker paper reached"));
        meters.onOrderEvent(event("O-7", OrderStatus.REJECTED, "0",
                "circuit breaker for broker paper is OPEN after repeated errors or timeouts"));

        assertThat(rejected("no_broker")).isEqualTo(1);
        assertThat(rejected("broker_error")).isEqualTo(1);
        assertThat(rejected("venue")).isEqualTo(1);
        assertThat(rejected("max_notional")).isEqualTo(1);
        assertThat(rejected("risk_plugin")).isEqualTo(1);
        assertThat(rejected("rate_limited")).isEqualTo(1);
        assertThat(rejected("breaker_open")).isEqualTo(1);
        assertThat(count(OrderMeters.SUBMITTED)).isEqualTo(7);
        assertThat(count(OrderMeters.ACKNOWLEDGED)).isZero();
    }

    @Test
    @DisplayName("canceled and expired orders count as canceled and leave the open orders")
    void shouldCountCancels() {
        meters.onOrderEvent(event("O-1", OrderStatus.NEW, "0", null));
        meters.onOrderEvent(event("O-2", OrderStatus.NEW, "0", null));
        meters.onOrderEvent(event("O-1", OrderStatus.CANCELED, "0", "canceled by user"));
        meters.onOrderEvent(event("O-2", OrderStatus.EXPIRED, "0", null));

        assertThat(count(OrderMeters.CANCELED)).isEqualTo(2);
        assertThat(gauge(OrderMeters.OPEN)).isZero();
    }

    @Test
    @DisplayName("signal to submit is timed per strategy")
    void shouldTimeSignalToSubmit() {
        meters.onSignalSubmitted("ma-crossover", TimeUnit.MICROSECONDS.toNanos(250));

        assertThat(registry.get(OrderMeters.SIGNAL_TO_SUBMIT).tag("strategy", "ma-crossover").timer()
                .totalTime(TimeUnit.MICROSECONDS)).isEqualTo(250.0);
    }

    private double count(String name) {
        return registry.get(name).tag("broker", "paper").counter().count();
    }

    private double gauge(String name) {
        return registry.get(name).tag("broker", "paper").gauge().value();
    }

    private double rejected(String reason) {
        return registry.get(OrderMeters.REJECTED).tags("broker", "paper", "reason", reason).counter().count();
    }

    private static OrderEvent event(String id, OrderStatus status, String filled, String reason) {
        return new OrderEvent(id, null, "ma-crossover", "paper", "DEMO", "AAPL", Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, BigDecimal.TEN, null, null, status, new BigDecimal(filled), BigDecimal.ZERO, null,
                null, reason, Instant.EPOCH);
    }
}
