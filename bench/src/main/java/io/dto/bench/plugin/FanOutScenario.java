package io.dto.bench.plugin;

import io.dto.api.Addresses;
import io.dto.api.message.Tick;
import io.dto.bench.load.BenchOrderStore;
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
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * Tick fan-out: trades published on {@code md.tick.AAPL}, as a feed's host publishes them, into {@code n} strategy
 * plugins (jars of {@code AveragingStrategy}, each its own plugin: class loader, host, buffer), every one updating
 * its 5- and 20-tick moving sums as ma-crossover does; a tick counts once every plugin has handled it. At most
 * {@value #WINDOW} ticks are in flight, so the figure is a sustainable rate. The baseline, in the same run, is a plain
 * Java loop doing the same arithmetic for {@code n} consumers per tick; also measured against it is naive Vert.x:
 * {@code n} plain consumers of one event-bus address doing that arithmetic, without the gateway. The price is flat:
 * market data only, no orders.
 */
public final class FanOutScenario {

    private static final int WINDOW = 5_000;
    private static final String PLAIN_ADDRESS = "bench.fanout.plain";

    /** The gateway's and the loop's ticks per second with {@code subscribers} strategy plugins. */
    public List<LatencyResult> measure(int subscribers, Duration warmUp, Duration duration) throws Exception {
        Path folder = Files.createTempDirectory("bench-fanout");
        List<String> ids = ProbePlugins.write(folder, subscribers);
        Vertx vertx = Vertx.vertx();
        Gateway gateway = Gateway.start(vertx, GatewayConfig.from(config(folder, ids)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).toCompletionStage().toCompletableFuture()
                .get(300, TimeUnit.SECONDS);
        try {
            List<PluginStats> stats = ids.stream().map(id -> gateway.plugins().stats(id)).toList();
            LongSupplier slowestPlugin = () -> stats.stream().mapToLong(PluginStats::eventsIn).min().orElse(0);
            String tickAddress = Addresses.tick("AAPL");
            publish(vertx, tickAddress, slowestPlugin, warmUp);
            double rate = publish(vertx, tickAddress, slowestPlugin, duration);
            long dropped = stats.stream().mapToLong(PluginStats::marketDataDropped).sum();
            if (dropped > 0) {
                System.out.printf("WARNING: %d tick deliveries dropped by full buffers at %d subscribers%n", dropped,
                        subscribers);
            }
            LongSupplier slowestConsumer = plainConsumers(vertx, subscribers);
            publish(vertx, PLAIN_ADDRESS, slowestConsumer, warmUp);
            double busRate = publish(vertx, PLAIN_ADDRESS, slowestConsumer, duration);
            double loopRate = PlainLoop.ticksPerSecond(subscribers, duration);
            String loopName = "tick fan-out, plain Java loop, " + subscribers + " consumers";
            return List.of(result("tick fan-out, gateway, " + subscribers + " plugins", loopName, rate, duration),
                    result("tick fan-out, plain event bus, " + subscribers + " consumers", loopName, busRate,
                            duration),
                    result(loopName, null, loopRate, duration));
        } finally {
            gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture()
                    .get(120, TimeUnit.SECONDS);
        }
    }

    private static JsonObject config(Path folder, List<String> ids) {
        JsonObject isolation = new JsonObject();
        ids.forEach(id -> isolation.put(id, "event_loop"));
        return new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 0)).put("api_token", "b"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(folder.toString()))
                        .put("isolation", isolation))
                .put("persistence", BenchOrderStore.in(folder));
    }

    private static LatencyResult result(String name, String baseline, double ticksPerSecond, Duration duration) {
        return LatencyResult.throughputOnly(name, baseline, (long) (ticksPerSecond * duration.toMillis() / 1000),
                ticksPerSecond);
    }

    /**
     * {@code n} consumers of {@link #PLAIN_ADDRESS} doing the plugins' arithmetic; returns how many ticks the slowest
     * of them has handled.
     */
    private static LongSupplier plainConsumers(Vertx vertx, int n) throws Exception {
        AtomicLongArray handled = new AtomicLongArray(n);
        for (int i = 0; i < n; i++) {
            int consumer = i;
            double[] window = new double[20];
            double[] sums = new double[2];
            long[] trades = new long[1];
            vertx.eventBus().<Tick>consumer(PLAIN_ADDRESS, m -> {
                double price = m.body().price();
                int slot = (int) (trades[0]++ % 20);
                sums[1] += price - window[slot];
                sums[0] += price - window[(slot + 15) % 20];
                window[slot] = price;
                handled.incrementAndGet(consumer);
            }).completion().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        return () -> IntStream.range(0, n).mapToLong(handled::get).min().orElse(0);
    }

    /**
     * Publishes on {@code address} for {@code duration} with at most {@link #WINDOW} ticks ahead of the slowest
     * subscriber, whose count {@code slowest} gives; returns the ticks per second every subscriber handled.
     */
    private static double publish(Vertx vertx, String address, LongSupplier slowest, Duration duration)
            throws Exception {
        long start = slowest.getAsLong();
        long[] published = {0};
        Instant now = Instant.now();
        Tick tick = new Tick("AAPL", now, 100.0, 100, null);
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        CompletableFuture<Double> done = new CompletableFuture<>();
        vertx.runOnContext(v -> vertx.setPeriodic(1, timer -> {
            long ticksHandled = slowest.getAsLong() - start;
            if (System.nanoTime() >= end) {
                vertx.cancelTimer(timer);
                done.complete(ticksHandled / ((System.nanoTime() - begin) / 1e9));
                return;
            }
            while (published[0] - ticksHandled < WINDOW) {
                vertx.eventBus().publish(address, tick);
                published[0]++;
            }
        }));
        return done.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
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
