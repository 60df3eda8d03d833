package io.dto.bench.plugin;

import io.dto.api.Addresses;
import io.dto.api.message.Tick;
import io.dto.gateway.Gateway;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.plugin.PluginStats;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Ticks per second through the bus into the ma-crossover strategy plugin hosted by a real gateway (plugin jar,
 * class loader, StrategyHost), against a baseline in the same run: a plain event-bus consumer doing the same
 * moving-average arithmetic. Flow-controlled: at most {@link #WINDOW} ticks in flight, so the figure is a
 * sustainable rate, not the speed of filling a queue.
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt)
 * io.dto.bench.plugin.StrategyTickThroughput [plugins-folder]}
 */
public final class StrategyTickThroughput {

    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "GOOGL");
    private static final long TICKS_PER_TRIAL = 1_000_000;
    private static final int WINDOW = 20_000;
    private static final int TRIALS = 3;

    public static void main(String[] args) throws Exception {
        Path builtPlugins = Path.of(args.length > 0 ? args[0] : "plugins");
        Path folder = Files.createTempDirectory("bench-plugins");
        Files.copy(builtPlugins.resolve("ma-crossover.jar"), folder.resolve("ma-crossover.jar"));
        Vertx vertx = Vertx.vertx();
        Gateway gateway = Gateway.start(vertx, GatewayConfig.from(config(folder)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        PluginStats strategy = gateway.plugins().stats("ma-crossover");
        AtomicLong baselineCount = new AtomicLong();
        startBaseline(vertx, baselineCount);

        measure(vertx, "warm-up gateway", strategy::eventsIn);
        measure(vertx, "warm-up baseline", baselineCount::get);
        double gatewayBest = 0;
        double baselineBest = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            gatewayBest = Math.max(gatewayBest, measure(vertx, "gateway  trial " + trial, strategy::eventsIn));
            baselineBest = Math.max(baselineBest, measure(vertx, "baseline trial " + trial, baselineCount::get));
        }
        System.out.printf("%nbest of %d: gateway %,.0f ticks/s, baseline %,.0f ticks/s, ratio %.2f%n", TRIALS,
                gatewayBest, baselineBest, gatewayBest / baselineBest);
        gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static JsonObject config(Path folder) {
        return new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 0))
                        .put("api_token", "bench"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(folder.toString()))
                        .put("config", new JsonObject().put("ma-crossover", new JsonObject()
                                .put("symbols", new JsonArray(SYMBOLS)))));
    }

    /** The same work without the gateway: a consumer per symbol keeping 5- and 20-tick sums. */
    private static void startBaseline(Vertx vertx, AtomicLong processed) throws Exception {
        for (String symbol : SYMBOLS) {
            double[] window = new double[20];
            double[] sums = new double[2];
            long[] count = new long[1];
            vertx.eventBus().<Tick>consumer("baseline." + symbol, m -> {
                double price = m.body().price();
                int slot = (int) (count[0]++ % 20);
                sums[1] += price - window[slot];
                sums[0] += price - window[(slot + 15) % 20];
                window[slot] = price;
                processed.incrementAndGet();
            }).completion().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Publishes {@link #TICKS_PER_TRIAL} ticks keeping at most {@link #WINDOW} in flight; returns ticks/s. */
    private static double measure(Vertx vertx, String label, LongSupplier processed) throws Exception {
        boolean baseline = label.contains("baseline");
        long start = processed.getAsLong();
        long[] published = {0};
        long begin = System.nanoTime();
        var done = new java.util.concurrent.CompletableFuture<Long>();
        Instant now = Instant.now();
        vertx.runOnContext(v -> vertx.setPeriodic(1, timer -> {
            long inFlight = published[0] - (processed.getAsLong() - start);
            while (inFlight < WINDOW && published[0] < TICKS_PER_TRIAL) {
                String symbol = SYMBOLS.get((int) (published[0] % SYMBOLS.size()));
                // A flat price: the averages never cross, so the figure is market data only, no orders.
                Tick tick = new Tick(symbol, now, 100.0, 100, null);
                vertx.eventBus().publish(baseline ? "baseline." + symbol : Addresses.tick(symbol), tick);
                published[0]++;
                inFlight++;
            }
            if (processed.getAsLong() - start >= TICKS_PER_TRIAL) {
                vertx.cancelTimer(timer);
                done.complete(System.nanoTime() - begin);
            }
        }));
        long nanos = done.get(120, TimeUnit.SECONDS);
        double rate = TICKS_PER_TRIAL / (nanos / 1e9);
        System.out.printf("%-18s %,12.0f ticks/s%n", label, rate);
        return rate;
    }

    private StrategyTickThroughput() {
    }
}
