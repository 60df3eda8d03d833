package io.dto.gateway.broker;

import io.dto.api.Addresses;
import io.dto.gateway.config.BrokerLimits;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * The way to one broker: a rate limit (resilience4j), then a circuit breaker (Vert.x), then a request on
 * {@code broker.<id>.orders}. Over the limit, a request waits on a Vert.x timer up to the queue bound and wait
 * limit, or is rejected, as the broker's policy says; it never blocks a thread. The breaker opens after
 * consecutive errors or timeouts, refuses at once while open, lets one probe through when half-open, and never
 * retries: a resent NewOrderSingle would be a second order. Used from the order manager's context; its meters
 * (tagged {@code broker}) are read from the scrape thread and go when the channel is closed.
 */
public final class BrokerChannel {

    private final Vertx vertx;
    private final String broker;
    private final BrokerLimits limits;
    private final RateLimiter limiter;
    private final CircuitBreaker breaker;
    private final DeliveryOptions delivery;
    private final String address;
    private final AtomicInteger queued = new AtomicInteger();
    private final MeterRegistry meters;
    private final List<Meter> registered = new ArrayList<>();
    private final Counter waits;
    private final Counter queueFull;
    private final Counter rateLimited;
    private final Map<Outcome, Counter> calls = new EnumMap<>(Outcome.class);

    /** How a call through the breaker ended, as {@code gateway.broker.circuit.breaker.calls} counts it. */
    private enum Outcome {
        SUCCESS, FAILURE, TIMEOUT, REJECTED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BrokerChannel(Vertx vertx, String broker, BrokerLimits limits, long timeoutMillis, MeterRegistry meters) {
        this.vertx = vertx;
        this.broker = broker;
        this.limits = limits;
        this.address = Addresses.brokerOrders(broker);
        Duration maxWait = limits.policy() == BrokerLimits.Policy.QUEUE
                ? Duration.ofMillis(limits.maxQueueWaitMillis()) : Duration.ZERO;
        this.limiter = RateLimiter.of("broker-" + broker, RateLimiterConfig.custom()
                .limitForPeriod((int) limits.ordersPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(maxWait)
                .build());
        // One timeout per order, the event bus request's: its failure is the breaker's failure. A breaker timeout as
        // well would arm a second timer per order (half the breaker's cost per call, in RiskGateBenchmark).
        this.breaker = CircuitBreaker.create("broker-" + broker, vertx, new CircuitBreakerOptions()
                .setMaxFailures((int) limits.breakerMaxFailures())
                .setTimeout(-1)
                .setResetTimeout(limits.breakerResetMillis())
                .setMaxRetries(0)
                .setFallbackOnFailure(false)
                .setNotificationAddress(null));
        this.delivery = new DeliveryOptions().setSendTimeout(timeoutMillis);
        this.meters = meters;
        gauge("gateway.broker.rate.limiter.available.permits", limiter,
                l -> l.getMetrics().getAvailablePermissions(),
                "Permits the broker's rate limiter has left in this second (negative: reserved ahead by waiters)");
        gauge("gateway.broker.rate.limiter.queued", queued, AtomicInteger::get,
                "Requests waiting for a permit of the broker's rate limiter (queue policy)");
        waits = counter(Counter.builder("gateway.broker.rate.limiter.waits")
                .description("Requests that waited for a permit of the broker's rate limiter"));
        queueFull = rejections("queue_full");
        rateLimited = rejections("rate_limited");
        for (CircuitBreakerState state : CircuitBreakerState.values()) {
            gauge("gateway.broker.circuit.breaker.state", breaker, b -> b.state() == state ? 1 : 0,
                    "1 for the broker's circuit breaker's current state, 0 for the others", "state", state.name());
        }
        gauge("gateway.broker.circuit.breaker.failures", breaker, CircuitBreaker::failureCount,
                "Failures and timeouts the broker's circuit breaker counts toward opening");
        for (Outcome outcome : Outcome.values()) {
            calls.put(outcome, counter(Counter.builder("gateway.broker.circuit.breaker.calls").tag("outcome",
                    outcome.tag()).description("Requests through the broker's circuit breaker, by how they ended")));
        }
    }

    private <T> void gauge(String name, T source, ToDoubleFunction<T> value, String description,
            String... tags) {
        registered.add(Gauge.builder(name, source, value).tag("broker", broker).tags(tags).description(description)
                .register(meters));
    }

    private Counter rejections(String reason) {
        return counter(Counter.builder("gateway.broker.rate.limiter.rejections").tag("reason", reason)
                .description("Requests the broker's rate limiter refused: queue full, or over the limit"));
    }

    private Counter counter(Counter.Builder builder) {
        Counter counter = builder.tag("broker", broker).register(meters);
        registered.add(counter);
        return counter;
    }

    /** Sends an order, cancel or replace; fails with a {@link BrokerSendException} that says why. */
    public Future<Void> send(Object request) {
        if (limits.policy() == BrokerLimits.Policy.QUEUE && queued.get() >= limits.maxQueue()) {
            queueFull.increment();
            return Future.failedFuture(new BrokerSendException(BrokerSendException.Kind.QUEUE_FULL,
                    "rate limit queue for broker " + broker + " is full (" + queued.get() + " waiting, bound "
                            + limits.maxQueue() + ")"));
        }
        long waitNanos = limiter.reservePermission();
        if (waitNanos < 0) {
            rateLimited.increment();
            return Future.failedFuture(new BrokerSendException(BrokerSendException.Kind.RATE_LIMITED,
                    "rate limit of " + limits.ordersPerSecond() + " orders per second for broker " + broker
                            + " reached" + (limits.policy() == BrokerLimits.Policy.QUEUE
                            ? " (the wait would exceed " + limits.maxQueueWaitMillis() + " ms)" : "")));
        }
        if (waitNanos == 0) {
            return throughBreaker(request);
        }
        queued.incrementAndGet();
        waits.increment();
        Promise<Void> sent = Promise.promise();
        vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos) + 1), id -> {
            queued.decrementAndGet();
            throughBreaker(request).onComplete(sent);
        });
        return sent.future();
    }

    private Future<Void> throughBreaker(Object request) {
        return breaker.<Void>execute(promise -> vertx.eventBus().request(address, request, delivery)
                        .<Void>mapEmpty()
                        .onComplete(promise))
                .onSuccess(v -> calls.get(Outcome.SUCCESS).increment())
                .recover(e -> {
                    BrokerSendException failure = translate(e);
                    calls.get(outcome(failure.kind())).increment();
                    return Future.failedFuture(failure);
                });
    }

    private static Outcome outcome(BrokerSendException.Kind kind) {
        return switch (kind) {
            case BREAKER_OPEN -> Outcome.REJECTED;
            case TIMEOUT -> Outcome.TIMEOUT;
            default -> Outcome.FAILURE;
        };
    }

    private BrokerSendException translate(Throwable e) {
        if (e instanceof BrokerSendException known) {
            return known;
        }
        if (e instanceof OpenCircuitException) {
            return new BrokerSendException(BrokerSendException.Kind.BREAKER_OPEN, "circuit breaker for broker "
                    + broker + " is " + breaker.state() + " after repeated errors or timeouts; orders are refused "
                    + "until a probe succeeds");
        }
        if (e instanceof ReplyException reply && reply.failureType() == ReplyFailure.TIMEOUT) {
            return new BrokerSendException(BrokerSendException.Kind.TIMEOUT, "broker " + broker
                    + " did not confirm within the timeout; the order's state is unknown until the broker reports");
        }
        if (e instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS) {
            return new BrokerSendException(BrokerSendException.Kind.NO_BROKER, "no broker '" + broker
                    + "' is running");
        }
        return new BrokerSendException(BrokerSendException.Kind.BROKER_ERROR, "broker " + broker
                + " did not take the request: " + e.getMessage());
    }

    public String broker() {
        return broker;
    }

    /** The breaker and limiter as {@code GET /api/risk} shows them. */
    public JsonObject state() {
        RateLimiter.Metrics metrics = limiter.getMetrics();
        return new JsonObject()
                .put("circuitBreaker", new JsonObject()
                        .put("state", breaker.state().name())
                        .put("failureCount", breaker.failureCount())
                        .put("maxFailures", limits.breakerMaxFailures())
                        .put("resetTimeoutMs", limits.breakerResetMillis()))
                .put("rateLimiter", new JsonObject()
                        .put("policy", limits.policy().name())
                        .put("ordersPerSecond", limits.ordersPerSecond())
                        .put("availablePermissions", metrics.getAvailablePermissions())
                        .put("queued", queued.get())
                        .put("maxQueue", limits.maxQueue())
                        .put("maxQueueWaitMs", limits.maxQueueWaitMillis())
                        .put("rejected", (long) (queueFull.count() + rateLimited.count())));
    }

    /** Closes the breaker and removes the channel's meters. */
    public void close() {
        breaker.close();
        registered.forEach(meters::remove);
    }
}
