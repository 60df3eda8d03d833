package io.dto.bench.fix;

import io.dto.api.Addresses;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.bench.load.AckRoute;
import io.dto.bench.load.LatencyResult;
import io.dto.bench.load.LoopbackPorts;
import io.dto.bench.load.OpenLoop;
import io.dto.gateway.Gateway;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The order round trip, open loop, in one process and against one fix-sim acceptor: through the whole gateway
 * ({@code order.submit} -> order manager with risk gate, rate limit, breaker and order store -> fix plugin -> FIX
 * NewOrderSingle -> fix-sim -> ExecutionReport -> NEW on {@code order.events}) and, as its baseline, a bare QuickFIX/J
 * initiator sending the same orders (until the ExecutionReport in {@code fromApp}). Both keep a FileStore. Orders are
 * resting buys (no liquidity provider), so each gets exactly one NEW.
 */
public final class OrderRoundTripScenario implements AutoCloseable {

    private static final Duration DRAIN = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final Gateway gateway;
    private final BareInitiator bare;
    private final AckRoute acks;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong refused;

    private OrderRoundTripScenario(Vertx vertx, Gateway gateway, BareInitiator bare, AckRoute acks,
            AtomicLong refused) {
        this.vertx = vertx;
        this.gateway = gateway;
        this.bare = bare;
        this.acks = acks;
        this.refused = refused;
    }

    /** A gateway with fix-sim and fix from {@code builtPlugins}, logged on, and a bare initiator logged on too. */
    public static OrderRoundTripScenario start(Path builtPlugins) throws Exception {
        Path work = Files.createTempDirectory("bench-roundtrip");
        Path plugins = FixBenchGateway.copyPlugins(builtPlugins, work, "fix-sim", "fix");
        int port = LoopbackPorts.free();
        Vertx vertx = Vertx.vertx();
        Gateway gateway = FixBenchGateway.startLoggedOn(vertx, FixBenchGateway.config(work, plugins, port),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), FixRoundTripBench.SYMBOL);
        AckRoute acks = new AckRoute();
        AtomicLong refused = new AtomicLong();
        FixBenchGateway.onAcknowledgements(vertx, acks::onAck, refused);
        BareInitiator bare = new BareInitiator(port, work.resolve("bare-store"), acks::onAck);
        bare.start();
        return new OrderRoundTripScenario(vertx, gateway, bare, acks, refused);
    }

    /** Warms both paths up at {@code rate}, then measures the gateway and the bare initiator at it. */
    public List<LatencyResult> measure(int rate, Duration warmUp, Duration duration) throws Exception {
        run("warm-up gateway", null, "wg" + rate, rate, warmUp, this::throughGateway);
        run("warm-up bare", null, "wb" + rate, rate, warmUp, this::throughBare);
        String bareName = "order round trip, bare QuickFIX/J @" + rate;
        LatencyResult gatewayResult = run("order round trip, gateway @" + rate, bareName, "g" + rate, rate, duration,
                this::throughGateway);
        LatencyResult bareResult = run(bareName, null, "b" + rate, rate, duration, this::throughBare);
        return List.of(gatewayResult, bareResult);
    }

    /** Orders the gateway refused or rejected so far (a run with any is not a clean measurement). */
    public long refused() {
        return refused.get();
    }

    /** One way to send a resting limit buy. */
    private interface OrderPath {
        void send(String id, BigDecimal price) throws Exception;
    }

    private LatencyResult run(String name, String baseline, String prefix, int rate, Duration duration, OrderPath path)
            throws Exception {
        long first = sequence.getAndAdd((long) rate * duration.toMillis() / 1000 + 1);
        return OpenLoop.run(name, baseline, rate, duration, DRAIN,
                n -> path.send(prefix + "-" + n, FixRoundTripBench.price(first + n)), run -> acks.follow(prefix, run));
    }

    private void throughGateway(String id, BigDecimal price) {
        vertx.eventBus().request(Addresses.ORDER_SUBMIT, new OrderRequest(null, id, null, "bench", "fix",
                FixRoundTripBench.SYMBOL, Side.BUY, OrderType.LIMIT, BigDecimal.ONE, price, null, TimeInForce.DAY))
                .onFailure(e -> refused.incrementAndGet());
    }

    private void throughBare(String id, BigDecimal price) {
        bare.send(id, price);
    }

    @Override
    public void close() throws Exception {
        bare.close();
        gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
