package io.dto.bench.marketdata;

import io.dto.api.Addresses;
import io.dto.api.message.Tick;
import io.dto.bench.load.BenchOrderStore;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ticks per second through the event bus of a real gateway: trades published on {@code md.tick.<SYMBOL>} (as a data
 * provider's host publishes them) into the {@code indicators} and {@code momentum-indicator} plugin jars, and the
 * momentum indicator's values into the {@code momentum} strategy jar. A tick counts when the strategy has handled the
 * indicator value it caused. At most {@link #WINDOW} ticks are in flight, so the figure is a sustainable rate. The
 * indicator's threshold (1000% from VWAP) never fires, so the strategy handles every value and emits no signal: the
 * figure is market data through the chain, not order traffic (whose order events the strategy would also count).
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt)
 * io.dto.bench.marketdata.PipelineThroughput [plugins-folder]}
 */
public final class PipelineThroughput {

    private static final long TICKS_PER_TRIAL = 300_000;
    private static final int WINDOW = 5_000;
    private static final int TRIALS = 5;

    private PipelineThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path built = Path.of(args.length > 0 ? args[0] : "plugins");
        Path folder = Files.createTempDirectory("bench-pipeline");
        for (String plugin : List.of("indicators", "momentum-indicator", "momentum")) {
            Files.copy(built.resolve(plugin + ".jar"), folder.resolve(plugin + ".jar"));
        }
        List<Tick> ticks = Pipeline.syntheticTicks(30_000);
        Vertx vertx = Vertx.vertx();
        Gateway gateway = Gateway.start(vertx, GatewayConfig.from(config(folder)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        PluginStats strategy = gateway.plugins().stats("momentum");
        measure(vertx, "warm-up", ticks, strategy);
        double best = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            best = Math.max(best, measure(vertx, "trial " + trial, ticks, strategy));
        }
        System.out.printf("%nbest of %d: %,.0f ticks/s through md.tick -> indicators + momentum-indicator -> "
                + "momentum; strategy buffer drops: %d%n", TRIALS, best, strategy.marketDataDropped());
        gateway.stop().eventually(vertx::close).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static JsonObject config(Path folder) {
        JsonArray symbols = new JsonArray(Pipeline.SYMBOLS);
        return new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 0)).put("api_token", "b"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(folder.toString()))
                        // An indicator publishes a value per trade: at benchmark rates that is far above the
                        // supervisor's flood limit, which would restart it mid-trial.
                        .put("supervision", new JsonObject().put("max_messages_per_second", Integer.MAX_VALUE))
                        .put("config", new JsonObject()
                                .put("indicators", new JsonObject().put("symbols", symbols).put("source", "ticks"))
                                .put("momentum-indicator", new JsonObject().put("symbols", symbols)
                                        .put("source", "ticks").put("threshold", 10.0))
                                .put("momentum", new JsonObject().put("symbols", symbols))))
                .put("market_data", new JsonObject().put("bars", new JsonObject().put("timeframes",
                        new JsonArray())))
                .put("persistence", BenchOrderStore.in(folder));
    }

    /** Publishes {@link #TICKS_PER_TRIAL} ticks keeping at most {@link #WINDOW} in flight; returns ticks/s. */
    private static double measure(Vertx vertx, String label, List<Tick> ticks, PluginStats strategy)
            throws Exception {
        long start = strategy.eventsIn();
        long[] published = {0};
        long begin = System.nanoTime();
        CompletableFuture<Long> done = new CompletableFuture<>();
        vertx.runOnContext(v -> vertx.setPeriodic(1, timer -> {
            long handled = strategy.eventsIn() - start;
            while (published[0] - handled < WINDOW && published[0] < TICKS_PER_TRIAL) {
                Tick tick = ticks.get((int) (published[0]++ % ticks.size()));
                vertx.eventBus().publish(Addresses.tick(tick.symbol()), tick);
            }
            if (handled >= TICKS_PER_TRIAL) {
                vertx.cancelTimer(timer);
                done.complete(System.nanoTime() - begin);
            }
        }));
        double rate = TICKS_PER_TRIAL / (done.get(300, TimeUnit.SECONDS) / 1e9);
        System.out.printf("%-8s %,12.0f ticks/s%n", label, rate);
        return rate;
    }
}
