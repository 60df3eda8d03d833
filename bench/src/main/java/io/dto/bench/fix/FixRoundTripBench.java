package io.dto.bench.fix;

import io.dto.api.Addresses;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.bench.load.LoopbackPorts;
import io.dto.gateway.Gateway;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Order round trips to the fix-sim venue in the same run, against the same acceptor: through the whole gateway
 * ({@code order.submit} -> order manager (risk gate, rate limit, breaker, persistence) -> broker host -> fix plugin ->
 * FIX NewOrderSingle, and the venue's ExecutionReport back to a NEW on {@code order.events}), through a bare
 * QuickFIX/J initiator (send, and the ExecutionReport in {@code fromApp}), and, to tell the two parts of the gateway
 * apart, through the fix plugin alone (its broker host's address, as the order manager sends, and the report on
 * {@code broker.fix.reports}). All use a FileStore. Prints each path's latency distribution (HdrHistogram:
 * p50, p90, p99, p99.9, max), one order at a time and with a window of orders in flight, the throughputs, the
 * gateway/bare ratios, and what {@code Session.send} costs on each path.
 *
 * <p>Run, after {@code mvn -q -DskipTests package}: {@code java -cp bench/target/classes:$(cat
 * bench/target/classpath.txt) io.dto.bench.fix.FixRoundTripBench [plugins-folder] [orders-one-at-a-time]
 * [orders-windowed] [window]}
 */
public final class FixRoundTripBench {

    static final String SYMBOL = "AAPL";
    private static final BigDecimal TOP_PRICE = new BigDecimal("99.0000");
    private static final BigDecimal STEP = new BigDecimal("0.0001");

    /**
     * The limit price of order {@code n}: a bid below the quote the bench publishes (99.99/100.01) and inside the
     * risk gate's price collar, different for 9,000 orders in a row so that the gate's duplicate check (identical
     * orders within 500 ms) lets them through. The liquidity provider is off and every order buys, so every order
     * rests and gets exactly one NEW. Both paths send the same prices.
     */
    static BigDecimal price(long n) {
        return TOP_PRICE.subtract(STEP.multiply(BigDecimal.valueOf(n % 9_000)));
    }

    private FixRoundTripBench() {
    }

    public static void main(String[] args) throws Exception {
        Path builtPlugins = Path.of(args.length > 0 ? args[0] : "plugins");
        int latencyOrders = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int windowedOrders = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int window = args.length > 3 ? Integer.parseInt(args[3]) : 256;

        Path work = Files.createTempDirectory("fix-bench");
        Path plugins = FixBenchGateway.copyPlugins(builtPlugins, work, "fix-sim", "fix");
        int port = LoopbackPorts.free();

        Vertx vertx = Vertx.vertx();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Gateway gateway = FixBenchGateway.startLoggedOn(vertx, FixBenchGateway.config(work, plugins, port), registry,
                SYMBOL);

        RoundTrips.Acknowledgements acks = new RoundTrips.Acknowledgements();
        AtomicLong refused = new AtomicLong();
        FixBenchGateway.onAcknowledgements(vertx, acks::onAck, refused);
        RoundTrips.Path throughGateway = (n, id) -> vertx.eventBus().request(Addresses.ORDER_SUBMIT,
                new OrderRequest(null, id, null, "bench", "fix", SYMBOL, Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                        price(n), null, TimeInForce.DAY))
                .onFailure(e -> refused.incrementAndGet());
        // The broker part alone: straight to the fix plugin's host, as the order manager sends, and its NEW report
        // back on broker.fix.reports. The order manager hears these reports too and ignores them (unknown orders).
        silence("io.dto.gateway.order.ExecutionApplier");
        FixBenchGateway.await(vertx.eventBus().<ExecutionReport>consumer(Addresses.brokerReports("fix"), m -> {
            if (m.body().execType() == ExecType.NEW) {
                acks.onAck(m.body().orderId());
            }
        }).completion());
        RoundTrips.Path throughBroker = (n, id) -> vertx.eventBus().request(Addresses.brokerOrders("fix"),
                new OrderRequest(id, null, "DEMO", "bench", "fix", SYMBOL, Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                        price(n), null, TimeInForce.DAY))
                .onFailure(e -> refused.incrementAndGet());

        try (BareInitiator bare = new BareInitiator(port, work.resolve("bare-store"), acks::onAck)) {
            bare.start();
            RoundTrips.run("warm-up", "gw", throughGateway, acks, 3_000, 32);
            RoundTrips.run("warm-up", "fw", throughBroker, acks, 3_000, 32);
            RoundTrips.run("warm-up", "bw", bare, acks, 3_000, 32);
            bare.sendDurations();
            List<RoundTrips.Result> oneAtATime = List.of(
                    RoundTrips.run("gateway, 1 in flight", "g1", throughGateway, acks, latencyOrders, 1),
                    RoundTrips.run("bare QFJ, 1 in flight", "b1", bare, acks, latencyOrders, 1),
                    RoundTrips.run("fix plugin, 1 in flight", "f1", throughBroker, acks, latencyOrders, 1));
            List<RoundTrips.Result> windowed = List.of(
                    RoundTrips.run("gateway, " + window + " in flight", "gw" + window, throughGateway, acks,
                            windowedOrders, window),
                    RoundTrips.run("bare QFJ, " + window + " in flight", "bw" + window, bare, acks, windowedOrders,
                            window),
                    RoundTrips.run("fix plugin, " + window + " in flight", "fw" + window, throughBroker, acks,
                            windowedOrders, window));
            report(oneAtATime, windowed, refused.get());
            reportSendCost(bare.sendDurations(), registry);
        } finally {
            gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
        }
    }

    private static void report(List<RoundTrips.Result> oneAtATime, List<RoundTrips.Result> windowed, long refused) {
        System.out.printf("%nround trip, order sent -> NEW acknowledged (microseconds)%n");
        System.out.printf("%-26s %9s %9s %9s %9s %9s %12s%n", "path", "p50", "p90", "p99", "p99.9", "max",
                "orders/s");
        for (RoundTrips.Result result : java.util.stream.Stream.concat(oneAtATime.stream(), windowed.stream())
                .toList()) {
            Histogram h = result.latency();
            System.out.printf("%-26s %9d %9d %9d %9d %9d %,12.0f%n", result.label(), h.getValueAtPercentile(50),
                    h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9),
                    h.getMaxValue(), result.ordersPerSecond());
        }
        Histogram gateway = oneAtATime.get(0).latency();
        Histogram bare = oneAtATime.get(1).latency();
        System.out.printf("%ngateway / bare, 1 in flight: p50 %.2fx, p99 %.2fx, p99.9 %.2fx; throughput with a window:"
                + " %.2fx of bare (%,.0f vs %,.0f orders/s)%n",
                ratio(gateway, bare, 50), ratio(gateway, bare, 99), ratio(gateway, bare, 99.9),
                windowed.get(0).ordersPerSecond() / windowed.get(1).ordersPerSecond(),
                windowed.get(0).ordersPerSecond(), windowed.get(1).ordersPerSecond());
        Histogram plugin = oneAtATime.get(2).latency();
        System.out.printf("fix plugin alone (broker host + plugin, no order manager) / bare, 1 in flight: p50 %.2fx, "
                + "p99 %.2fx; throughput with a window: %.2fx of bare%n", ratio(plugin, bare, 50),
                ratio(plugin, bare, 99), windowed.get(2).ordersPerSecond() / windowed.get(1).ordersPerSecond());
        if (refused > 0) {
            System.out.printf("WARNING: %d order(s) were refused or rejected; the figures include them%n", refused);
        }
    }

    private static void reportSendCost(Histogram bareSends, PrometheusMeterRegistry registry) {
        Timer plugin = registry.find("gateway.plugin.custom.send.duration").tag("plugin", "fix").timer();
        System.out.printf("%nSession.send (sequence lock, FileStore write, MINA enqueue):%n");
        System.out.printf("  bare initiator thread: p50 %d us, p99 %d us, p99.9 %d us, max %d us over %d sends%n",
                bareSends.getValueAtPercentile(50) / 1_000, bareSends.getValueAtPercentile(99) / 1_000,
                bareSends.getValueAtPercentile(99.9) / 1_000, bareSends.getMaxValue() / 1_000,
                bareSends.getTotalCount());
        if (plugin != null) {
            System.out.printf("  fix plugin sender thread: mean %.0f us, max %.0f us over %d sends%n",
                    plugin.mean(TimeUnit.MICROSECONDS), plugin.max(TimeUnit.MICROSECONDS), plugin.count());
        }
    }

    /** The order manager logs every report it cannot place; the broker-only run's reports are such, by design. */
    static void silence(String logger) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    private static double ratio(Histogram gateway, Histogram bare, double percentile) {
        return (double) gateway.getValueAtPercentile(percentile) / Math.max(1, bare.getValueAtPercentile(percentile));
    }


}
