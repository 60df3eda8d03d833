package io.dto.bench.order;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Quote;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.config.AccountConfig;
import io.dto.gateway.config.RiskConfig;
import io.dto.gateway.config.RiskRule;
import io.dto.gateway.market.QuoteBook;
import io.dto.gateway.risk.KillSwitch;
import io.dto.gateway.risk.OrderExposure;
import io.dto.gateway.risk.RiskGate;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-order decisions of the order manager, in the gateway's own classes: every built-in risk rule enabled with
 * the default limits, the per-strategy order rate as the parameter says (an approval, the expensive case: no rule
 * stops early), the reservation and release of the order's exposure; one rate-limiter permission (resilience4j, as
 * {@code BrokerChannel} takes it); one pass through the broker's circuit breaker (Vert.x, as configured by
 * {@code BrokerChannel}, with an action that succeeds at once); and the three together, the decision the issue's
 * target puts under 200 ns. The breaker is called where the order manager calls it, on an event loop: a batch of
 * {@value #CALLS_PER_TURN} calls per turn of the loop, so the hand-off to the loop is shared by the batch. (Called
 * from a plain thread instead, every call would also make a new Vert.x context.) Run with {@code -prof gc}: the
 * target is no allocation; its figure counts the event loop's allocations too.
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main
 * RiskGateBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RiskGateBenchmark {

    /** Breaker calls per turn of the event loop in the benchmarks that call it. */
    private static final int CALLS_PER_TURN = 1000;

    /** The default, and the limit a load test sets so that the rule never refuses (as {@code bin/gateway bench}). */
    @Param({"20", "1000000"})
    public int ordersPerSecondPerStrategy;

    private RiskGate gate;
    private OrderExposure exposure;
    private OrderRequest[] orders;
    private RateLimiter limiter;
    private Vertx vertx;
    private CircuitBreaker breaker;
    private Context eventLoop;
    private int next;

    /** A clock that moves a second per reading, so the rate and duplicate windows never fill up. */
    private static final class SteppingClock implements InstantSource {
        private long millis = Instant.parse("2026-11-25T15:00:00Z").toEpochMilli();

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public long millis() {
            millis += 1000;
            return millis;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        SteppingClock clock = new SteppingClock();
        QuoteBook quotes = new QuoteBook();
        quotes.onQuote(new Quote("AAPL", clock.instant(), 187.40, 500, 187.60, 500));
        AccountBook accounts = new AccountBook(new AccountConfig("USD", new BigDecimal("1000000"),
                new BigDecimal("0.5"), ZoneId.of("America/New_York")), quotes, clock);
        accounts.applyFill("BENCH", "AAPL", Side.BUY, new BigDecimal("100"), new BigDecimal("187.50"));
        exposure = new OrderExposure();
        RiskConfig config = new RiskConfig(new BigDecimal("10000"), new BigDecimal("1000000"), new BigDecimal("5"),
                new BigDecimal("50000"), new BigDecimal("5000000"), 200, new BigDecimal("50000"),
                ordersPerSecondPerStrategy, Set.of("GME"), 500, EnumSet.noneOf(RiskRule.class), List.of(), 250, 5000);
        gate = new RiskGate(config, accounts, quotes, exposure, new KillSwitch(), clock);
        orders = new OrderRequest[64];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = new OrderRequest("O-1-" + i, null, "BENCH", "bench", "fix", "AAPL",
                    i % 2 == 0 ? Side.BUY : Side.SELL, OrderType.LIMIT, BigDecimal.valueOf(10 + i),
                    new BigDecimal("187.50").add(BigDecimal.valueOf(i, 2)), null, TimeInForce.DAY);
        }
        limiter = RateLimiter.of("bench", RateLimiterConfig.custom().limitForPeriod(Integer.MAX_VALUE)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build());
        vertx = Vertx.vertx();
        // As BrokerChannel configures it: no timeout of its own (the event bus request's timeout fails the call).
        breaker = CircuitBreaker.create("bench", vertx, new CircuitBreakerOptions().setMaxFailures(5)
                .setTimeout(-1).setResetTimeout(10_000).setMaxRetries(0).setFallbackOnFailure(false)
                .setNotificationAddress(null));
        eventLoop = vertx.getOrCreateContext();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        breaker.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Benchmark
    public boolean riskGate() {
        OrderRequest order = orders[next++ & (orders.length - 1)];
        RiskDecision decision = gate.check(order, false);
        if (!decision.approved()) {
            throw new IllegalStateException(decision.reason());
        }
        gate.accepted(order, false);
        BigDecimal price = gate.ticket().riskPrice();
        exposure.open(order.account(), order.symbol(), order.side(), order.quantity(), price);
        exposure.close(order.account(), order.symbol(), order.side(), order.quantity(), price);
        return decision.approved();
    }

    @Benchmark
    public long rateLimiterPermission() {
        return limiter.reservePermission();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS_PER_TURN)
    public int circuitBreakerPass() throws Exception {
        return onEventLoop(() -> breaker.<Void>execute(promise -> promise.complete()));
    }

    @Benchmark
    @OperationsPerInvocation(CALLS_PER_TURN)
    public int riskGateRateLimiterAndBreaker() throws Exception {
        return onEventLoop(() -> {
            if (!riskGate() || rateLimiterPermission() != 0) {
                throw new IllegalStateException("the order was refused");
            }
            return breaker.<Void>execute(promise -> promise.complete());
        });
    }

    /** Runs {@code call} {@value #CALLS_PER_TURN} times in one turn of the event loop; returns how many succeeded. */
    private int onEventLoop(Supplier<Future<Void>> call) throws Exception {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        eventLoop.runOnContext(v -> {
            int succeeded = 0;
            for (int i = 0; i < CALLS_PER_TURN; i++) {
                if (call.get().succeeded()) {
                    succeeded++;
                }
            }
            done.complete(succeeded);
        });
        return done.get();
    }
}
