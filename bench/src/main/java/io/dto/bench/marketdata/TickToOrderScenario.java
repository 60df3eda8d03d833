package io.dto.bench.marketdata;

import io.dto.api.Addresses;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.Tick;
import io.dto.bench.fix.FixBenchGateway;
import io.dto.bench.load.LatencyResult;
import io.dto.bench.load.LoopbackPorts;
import io.dto.bench.load.OpenLoop;
import io.dto.gateway.Gateway;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tick to order, open loop: trades published on {@code md.tick.AAPL} at a given rate, as a feed's host publishes
 * them, into the ma-crossover strategy jar (SMA 2/5), whose signal the gateway routes through {@code order.submit},
 * the risk gate, rate limit and breaker, until the order leaves the order manager for the fix plugin on
 * {@code broker.fix.orders} (seen by an event-bus interceptor: the FIX encoding and the socket write come after it).
 * Every {@value #PERIOD}th trade moves the price one point off a flat 100, alternately up and down, so each of those
 * trades, and only those, turns the averages and causes exactly one order; its latency is measured from when that
 * trade was due. The duplicate-order check is off, since the orders repeat every two trigger trades.
 */
public final class TickToOrderScenario implements AutoCloseable {

    /** Trades per signal: the strategy's orders arrive at a hundredth of the tick rate. */
    static final int PERIOD = 100;
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final Gateway gateway;
    private final AtomicInteger orders = new AtomicInteger();
    private volatile OpenLoop current;
    private volatile int firstTick;
    private int ticksSent;

    private TickToOrderScenario(Vertx vertx, Gateway gateway) {
        this.vertx = vertx;
        this.gateway = gateway;
        String brokerOrders = Addresses.brokerOrders("fix");
        vertx.eventBus().addOutboundInterceptor(context -> {
            if (brokerOrders.equals(context.message().address()) && context.body() instanceof OrderRequest) {
                OpenLoop run = current;
                int order = orders.getAndIncrement();
                if (run != null) {
                    run.acknowledged(order * PERIOD + PERIOD - 1 - firstTick);
                }
            }
            context.next();
        });
    }

    /** A gateway with fix-sim, fix and ma-crossover from {@code builtPlugins}, its FIX session logged on. */
    public static TickToOrderScenario start(Path builtPlugins) throws Exception {
        Path work = Files.createTempDirectory("bench-tick-to-order");
        Path plugins = FixBenchGateway.copyPlugins(builtPlugins, work, "fix-sim", "fix", "ma-crossover");
        JsonObject config = FixBenchGateway.config(work, plugins, LoopbackPorts.free());
        config.getJsonObject("plugins").getJsonObject("config").put("ma-crossover", new JsonObject()
                .put("symbols", new JsonArray().add("AAPL")).put("short_period", 2).put("long_period", 5));
        config.getJsonObject("risk").put("disabled_checks", new JsonArray().add("duplicate_order"));
        config.put("market_data", new JsonObject().put("bars", new JsonObject().put("timeframes", new JsonArray())));
        Vertx vertx = Vertx.vertx();
        Gateway gateway = FixBenchGateway.startLoggedOn(vertx, config,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "AAPL");
        return new TickToOrderScenario(vertx, gateway);
    }

    /** Warms up, then measures at {@code ticksPerSecond}. */
    public LatencyResult measure(int ticksPerSecond, Duration warmUp, Duration duration) throws Exception {
        run("warm-up tick to order", ticksPerSecond, warmUp);
        return run("tick to order (to the fix plugin) @" + ticksPerSecond + " ticks/s", ticksPerSecond, duration);
    }

    private LatencyResult run(String name, int rate, Duration duration) throws Exception {
        int first = ticksSent;
        return OpenLoop.run(name, null, rate, duration, DRAIN, n -> publish(first + n),
                n -> (first + n) % PERIOD == PERIOD - 1, run -> {
                    firstTick = first;
                    current = run;
                });
    }

    /** Trade {@code i} of the whole session: flat at 100, but every {@link #PERIOD}th one point up, then down. */
    private void publish(int i) {
        double price = i % PERIOD != PERIOD - 1 ? 100.0 : (i / PERIOD) % 2 == 0 ? 101.0 : 99.0;
        vertx.eventBus().publish(Addresses.tick("AAPL"), new Tick("AAPL", Instant.now(), price, 100, null));
        ticksSent = i + 1;
    }

    @Override
    public void close() throws Exception {
        gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
