package io.dto.gateway.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.gateway.config.BrokerLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("BrokerChannel: per-broker rate limit and circuit breaker")
class BrokerChannelTest {

    private static final String BROKER = "t";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** What the fake broker does with each request it receives. */
    private final List<Object> received = new ArrayList<>();
    private Consumer<Message<Object>> behaviour = m -> m.reply(null);

    private Future<Void> fakeBroker(Vertx vertx) {
        return vertx.eventBus().consumer(Addresses.brokerOrders(BROKER), (Message<Object> m) -> {
            received.add(m.body());
            behaviour.accept(m);
        }).completion();
    }

    private static BrokerLimits limits(long perSecond, BrokerLimits.Policy policy, long maxQueue, long maxWait,
            long maxFailures, long resetMillis) {
        return new BrokerLimits(perSecond, policy, maxQueue, maxWait, maxFailures, resetMillis);
    }

    /** Runs on a Vert.x context, as the order manager does. */
    private static <T> Future<T> onContext(Vertx vertx, java.util.function.Supplier<Future<T>> work) {
        Promise<T> promise = Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> work.get().onComplete(promise));
        return promise.future();
    }

    private static BrokerSendException.Kind kind(Throwable e) {
        return ((BrokerSendException) e).kind();
    }

    @Test
    @DisplayName("reject policy: the order over the limit is refused with the limit in the reason")
    void shouldRejectOrderOverRateLimit(Vertx vertx, VertxTestContext test) {
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(2, BrokerLimits.Policy.REJECT, 10, 1000, 5,
                1000), 1000, meters);
        fakeBroker(vertx).compose(v -> onContext(vertx, () -> {
            Future<Void> first = channel.send("o1");
            Future<Void> second = channel.send("o2");
            Future<Void> third = channel.send("o3");
            return Future.join(first, second, third).otherwiseEmpty().map(x -> List.of(first, second, third));
        })).onComplete(test.succeeding(sends -> test.verify(() -> {
            assertThat(sends.get(0).succeeded()).isTrue();
            assertThat(sends.get(1).succeeded()).isTrue();
            assertThat(kind(sends.get(2).cause())).isEqualTo(BrokerSendException.Kind.RATE_LIMITED);
            assertThat(sends.get(2).cause()).hasMessage("rate limit of 2 orders per second for broker t reached");
            assertThat(received).containsExactly("o1", "o2");
            assertThat(channel.state().getJsonObject("rateLimiter").getLong("rejected")).isEqualTo(1L);
            assertThat(count("gateway.broker.rate.limiter.rejections", "reason", "rate_limited")).isEqualTo(1);
            assertThat(count("gateway.broker.rate.limiter.rejections", "reason", "queue_full")).isZero();
            assertThat(count("gateway.broker.circuit.breaker.calls", "outcome", "success")).isEqualTo(2);
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("queue policy: an order over the limit waits on a timer and is sent; past the bound it is refused")
    void shouldQueueOrderOverRateLimitUpToBound(Vertx vertx, VertxTestContext test) {
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(1, BrokerLimits.Policy.QUEUE, 1, 3000, 5,
                1000), 1000, meters);
        long[] started = new long[1];
        fakeBroker(vertx).compose(v -> onContext(vertx, () -> {
            started[0] = System.nanoTime();
            Future<Void> first = channel.send("o1");
            Future<Void> queued = channel.send("o2");
            Future<Void> full = channel.send("o3");
            test.verify(() -> {
                assertThat(channel.state().getJsonObject("rateLimiter").getInteger("queued")).isEqualTo(1);
                assertThat(meters.get("gateway.broker.rate.limiter.queued").gauge().value()).isEqualTo(1);
            });
            return Future.join(first, queued, full).otherwiseEmpty().map(x -> List.of(first, queued, full));
        })).onComplete(test.succeeding(sends -> test.verify(() -> {
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started[0]);
            assertThat(sends.get(0).succeeded()).isTrue();
            assertThat(sends.get(1).succeeded()).isTrue();
            assertThat(kind(sends.get(2).cause())).isEqualTo(BrokerSendException.Kind.QUEUE_FULL);
            assertThat(sends.get(2).cause()).hasMessage("rate limit queue for broker t is full (1 waiting, bound 1)");
            assertThat(received).containsExactly("o1", "o2");
            assertThat(waitedMillis).as("the queued order waited for the next period").isGreaterThanOrEqualTo(10);
            assertThat(channel.state().getJsonObject("rateLimiter").getInteger("queued")).isZero();
            assertThat(meters.get("gateway.broker.rate.limiter.queued").gauge().value()).isZero();
            assertThat(meters.get("gateway.broker.rate.limiter.waits").counter().count()).isEqualTo(1);
            assertThat(count("gateway.broker.rate.limiter.rejections", "reason", "queue_full")).isEqualTo(1);
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("queue policy: an order that would wait longer than allowed is refused")
    void shouldRejectOrderThatWouldWaitTooLong(Vertx vertx, VertxTestContext test) {
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(1, BrokerLimits.Policy.QUEUE, 10, 50, 5,
                1000), 1000, meters);
        fakeBroker(vertx).compose(v -> onContext(vertx, () -> {
            channel.send("o1");
            return channel.send("o2");
        })).onComplete(test.failing(e -> test.verify(() -> {
            assertThat(kind(e)).isEqualTo(BrokerSendException.Kind.RATE_LIMITED);
            assertThat(e).hasMessage("rate limit of 1 orders per second for broker t reached (the wait would exceed "
                    + "50 ms)");
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("breaker: opens after consecutive errors, refuses fast while open, never retries an order")
    void shouldOpenBreakerOnBrokerErrors(Vertx vertx, VertxTestContext test) {
        behaviour = m -> m.fail(502, "venue down");
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(100, BrokerLimits.Policy.REJECT, 10, 1000,
                2, 60_000), 1000, meters);
        fakeBroker(vertx)
                .compose(v -> onContext(vertx, () -> channel.send("o1").otherwiseEmpty()))
                .compose(v -> onContext(vertx, () -> channel.send("o2").otherwiseEmpty()))
                .compose(v -> onContext(vertx, () -> channel.send("o3")))
                .onComplete(test.failing(e -> test.verify(() -> {
                    assertThat(kind(e)).isEqualTo(BrokerSendException.Kind.BREAKER_OPEN);
                    assertThat(e).hasMessageStartingWith("circuit breaker for broker t is OPEN");
                    assertThat(received).as("one request per send, none retried, none while open")
                            .containsExactly("o1", "o2");
                    assertThat(channel.state().getJsonObject("circuitBreaker").getString("state")).isEqualTo("OPEN");
                    assertThat(meters.get("gateway.broker.circuit.breaker.state").tag("state", "OPEN").gauge().value())
                            .isEqualTo(1);
                    assertThat(meters.get("gateway.broker.circuit.breaker.state").tag("state", "CLOSED").gauge()
                            .value()).isZero();
                    assertThat(meters.get("gateway.broker.circuit.breaker.failures").gauge().value()).isEqualTo(2);
                    assertThat(count("gateway.broker.circuit.breaker.calls", "outcome", "failure")).isEqualTo(2);
                    assertThat(count("gateway.broker.circuit.breaker.calls", "outcome", "rejected")).isEqualTo(1);
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("breaker: a timeout counts as a failure and says the order's state is unknown")
    void shouldCountTimeoutAsFailure(Vertx vertx, VertxTestContext test) {
        behaviour = m -> { };
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(100, BrokerLimits.Policy.REJECT, 10, 1000,
                1, 60_000), 100, meters);
        fakeBroker(vertx).compose(v -> onContext(vertx, () -> channel.send("o1")))
                .onComplete(test.failing(e -> test.verify(() -> {
                    assertThat(kind(e)).isEqualTo(BrokerSendException.Kind.TIMEOUT);
                    assertThat(((BrokerSendException) e).mayHaveReachedVenue()).isTrue();
                    assertThat(channel.state().getJsonObject("circuitBreaker").getString("state")).isEqualTo("OPEN");
                    assertThat(count("gateway.broker.circuit.breaker.calls", "outcome", "timeout")).isEqualTo(1);
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("breaker: half-open lets one probe through, refuses the rest, and closes when the probe succeeds")
    void shouldProbeWhenHalfOpenAndCloseOnSuccess(Vertx vertx, VertxTestContext test) {
        behaviour = m -> m.fail(502, "venue down");
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(100, BrokerLimits.Policy.REJECT, 10, 1000,
                1, 200), 1000, meters);
        fakeBroker(vertx)
                .compose(v -> onContext(vertx, () -> channel.send("o1").otherwiseEmpty()))
                .compose(v -> untilState(vertx, channel, "HALF_OPEN"))
                .compose(v -> onContext(vertx, () -> {
                    behaviour = m -> vertx.setTimer(50, id -> m.reply(null));
                    Future<Void> probe = channel.send("probe");
                    Future<Void> second = channel.send("second");
                    return Future.join(probe, second).otherwiseEmpty().map(x -> List.of(probe, second));
                }))
                .onComplete(test.succeeding(sends -> test.verify(() -> {
                    assertThat(sends.get(0).succeeded()).isTrue();
                    assertThat(kind(sends.get(1).cause())).isEqualTo(BrokerSendException.Kind.BREAKER_OPEN);
                    assertThat(received).containsExactly("o1", "probe");
                    assertThat(channel.state().getJsonObject("circuitBreaker").getString("state"))
                            .isEqualTo("CLOSED");
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("no broker consuming the address is reported as such")
    void shouldReportMissingBroker(Vertx vertx, VertxTestContext test) {
        BrokerChannel channel = new BrokerChannel(vertx, "nobody", limits(100, BrokerLimits.Policy.REJECT, 10, 1000,
                5, 1000), 1000, meters);
        onContext(vertx, () -> channel.send("o1")).onComplete(test.failing(e -> test.verify(() -> {
            assertThat(kind(e)).isEqualTo(BrokerSendException.Kind.NO_BROKER);
            assertThat(e).hasMessage("no broker 'nobody' is running");
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("meters: tagged with the broker, every series from the start, gone when the channel closes")
    void shouldRegisterMetersUntilClosed(Vertx vertx) {
        BrokerChannel channel = new BrokerChannel(vertx, BROKER, limits(5, BrokerLimits.Policy.REJECT, 10, 1000,
                5, 1000), 1000, meters);

        assertThat(meters.get("gateway.broker.rate.limiter.available.permits").tag("broker", BROKER).gauge().value())
                .isEqualTo(5);
        assertThat(meters.get("gateway.broker.circuit.breaker.state").tag("state", "CLOSED").gauge().value())
                .isEqualTo(1);
        assertThat(meters.find("gateway.broker.circuit.breaker.calls").counters()).hasSize(4);
        assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTag("broker")).isEqualTo(BROKER));

        channel.close();

        assertThat(meters.getMeters()).isEmpty();
    }

    private double count(String name, String tag, String value) {
        return meters.get(name).tag(tag, value).counter().count();
    }

    /** Completes when the breaker reaches the state; fails after five seconds. */
    private static Future<Void> untilState(Vertx vertx, BrokerChannel channel, String state) {
        Promise<Void> reached = Promise.promise();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        vertx.setPeriodic(10, id -> {
            if (state.equals(channel.state().getJsonObject("circuitBreaker").getString("state"))) {
                vertx.cancelTimer(id);
                reached.tryComplete();
            } else if (System.nanoTime() > deadline) {
                vertx.cancelTimer(id);
                reached.tryFail("breaker never reached " + state);
            }
        });
        return reached.future();
    }
}
