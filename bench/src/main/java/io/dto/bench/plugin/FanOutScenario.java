package io.dto.bench.plugin;

import io.dto.api.Addresses;
import io.dto.api.message.Tick;
import io.dto.bench.load.LatencyResult;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tick fan-out: trades published on {@code md.tick.AAPL}, as a feed's host publishes them, into {@code n} copies of
 * the ma-crossover strategy jar (each its own plugin: class loader, host, buffer), every copy computing its 5- and
 * 20-tick averages; a tick counts once every copy has handled it. At most {@value #WINDOW} ticks are in flight, so
 * the figure is a sustainable rate. The baseline, in the same run, is a plain Java loop doing the same arithmetic
 * for {@code n} consumers per tick. The price is flat, so the averages never cross: market data only, no orders.
 */
public final class FanOutScenario {

    private static final int WINDOW = 5_000;

    private final Path builtPlugins;

    public FanOutScenario(Path builtPlugins) {
        this.builtPlugins = builtPlugins;
    }

    /** The gateway's and the loop's ticks per second with {@code subscribers} strategy plugins. */
    public List<LatencyResult> measure(int subscribers, Duration warmUp, Duration duration) throws Exception {
        Path folder = Files.createTempDirectory("bench-fanout");
        List<String> ids = PluginCopies.write(builtPlugins.resolve("ma-crossover.jar"), folder, subscribers);
        Vertx vertx = Vertx.vertx();
        Gateway gateway = Gateway.start(vertx, GatewayConfig.from(config(folder, ids)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).toCompletionStage().toCompletableFuture()
                .get(300, TimeUnit.SECONDS);
        try {
            List<PluginStats> stats = ids.stream().map(id -> gateway.plugins().stats(id)).toList();
            publish(vertx, stats, warmUp);
            double rate = publish(vertx, stats, duration);
            long dropped = stats.stream().mapToLong(PluginStats::marketDataDropped).sum();
            if (dropped > 0) {
                System.out.printf("WARNING: %d tick deliveries dropped by full buffers at %d subscribers%n", dropped,
                        subscribers);
            }
            String loopName = "tick fan-out, plain Java loop, " + subscribers + " consumers";
            double loopRate = PlainLoop.ticksPerSecond(subscribers, duration);
            return List.of(LatencyResult.throughputOnly("tick fan-out, gateway, " + subscribers + " plugins",
                    loopName, (long) (rate * duration.toMillis() / 1000), rate),
                    LatencyResult.throughputOnly(loopName, null, (long) (loopRate * duration.toMillis() / 1000),
                            loopRate));
        } finally {
            gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture()
                    .get(120, TimeUnit.SECONDS);
        }
    }

    private static JsonObject config(Path folder, List<String> ids) {
        JsonObject plugins = new JsonObject();
        JsonObject isolation = new JsonObject();
        for (String id : ids) {
            plugins.put(id, new JsonObject().put("symbols", new JsonArray().add("AAPL")));
            isolation.put(id, "event_loop");
        }
        return new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 0)).put("api_token", "b"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(folder.toString()))
                        .put("config", plugins).put("isolation", isolation));
    }

    /** Publishes for {@code duration} with at most {@link #WINDOW} ticks in flight; returns ticks/s handled. */
    private static double publish(Vertx vertx, List<PluginStats> stats, Duration duration) throws Exception {
        int subscribers = stats.size();
        long start = handled(stats);
        long[] published = {0};
        Instant now = Instant.now();
        Tick tick = new Tick("AAPL", now, 100.0, 100, null);
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        CompletableFuture<Double> done = new CompletableFuture<>();
        vertx.runOnContext(v -> vertx.setPeriodic(1, timer -> {
            long ticksHandled = (handled(stats) - start) / subscribers;
            if (System.nanoTime() >= end) {
                vertx.cancelTimer(timer);
                done.complete(ticksHandled / ((System.nanoTime() - begin) / 1e9));
                return;
            }
            while (published[0] - ticksHandled < WINDOW) {
                vertx.eventBus().publish(Addresses.tick("AAPL"), tick);
                published[0]++;
            }
        }));
        return done.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
    }

    private static long handled(List<PluginStats> stats) {
        long sum = 0;
        for (PluginStats s : stats) {
            sum += s.eventsIn();
        }
        return sum;
    }

    /** The same arithmetic without the gateway: per tick, each consumer updates its 5- and 20-tick sums. */
    static final class PlainLoop {

        private PlainLoop() {
        }

        static double ticksPerSecond(int consumers, Duration duration) {
            double[][] windows = new double[consumers][20];
            double[][] sums = new double[consumers][2];
            long ticks = 0;
            double check = 0;
            long begin = System.nanoTime();
            long end = begin + duration.toNanos();
            while (System.nanoTime() < end) {
                for (int batch = 0; batch < 1_000; batch++, ticks++) {
                    double price = 100.0 + (ticks & 1) * 0.01;
                    int slot = (int) (ticks % 20);
                    for (int c = 0; c < consumers; c++) {
                        double[] window = windows[c];
                        double[] sum = sums[c];
                        sum[1] += price - window[slot];
                        sum[0] += price - window[(slot + 15) % 20];
                        window[slot] = price;
                        check += sum[0] / 5 - sum[1] / 20;
                    }
                }
            }
            if (Double.isNaN(check)) {
                throw new IllegalStateException("the averages went wrong");
            }
            return ticks / ((System.nanoTime() - begin) / 1e9);
        }
    }
}
