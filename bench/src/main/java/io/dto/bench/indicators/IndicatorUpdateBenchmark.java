package io.dto.bench.indicators;

import io.dto.api.message.IndicatorValue;
import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import io.dto.plugins.indicators.TechnicalIndicators;
import io.dto.testkit.PluginHarness;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One tick into the {@code indicators} plugin (its public {@code calculate}, initialized through the testkit with a
 * validated configuration): the streaming update of one indicator, or of the default set of seven, and the
 * {@link IndicatorValue} it publishes. The indicators are warm (past their look-back) before measuring.
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main
 * IndicatorUpdateBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndicatorUpdateBenchmark {

    /** The shipped gateway.yaml's set: what {@code bin/gateway run} computes on every trade. */
    public static final String DEFAULT_SET = "rsi:14,sma:20,ema:20,macd:12:26:9,bollinger:20:2,atr:14,vwap:20";

    @Param({"sma:20", "ema:20", "rsi:14", "macd:12:26:9", "bollinger:20:2", "atr:14", "vwap:20", DEFAULT_SET})
    public String indicators;

    private static final int TICKS = 4_096;

    private PluginHarness<TechnicalIndicators> plugin;
    private Tick[] ticks;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        plugin = PluginHarness.builder(new TechnicalIndicators()).config(new JsonObject()
                .put("symbols", new JsonArray().add("AAPL")).put("source", "ticks")
                .put("indicators", new JsonArray(java.util.List.of(indicators.split(","))))).build().start();
        ticks = randomWalk(TICKS);
        for (Tick tick : ticks) {
            plugin.plugin().calculate(tick);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        plugin.close();
    }

    @Benchmark
    public IndicatorValue tickToIndicatorValue() {
        return plugin.plugin().calculate(ticks[next++ & (TICKS - 1)]);
    }

    /** A seeded random walk of trades around 187.50, so every run measures the same prices. */
    static Tick[] randomWalk(int count) {
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2026-11-25T14:30:00Z");
        Tick[] walk = new Tick[count];
        double price = 187.50;
        for (int i = 0; i < count; i++) {
            price = Math.max(1, price * (1 + (random.nextDouble() - 0.5) * 0.002));
            walk[i] = new Tick("AAPL", start.plusMillis(100L * i), price, 1 + random.nextInt(500),
                    random.nextBoolean() ? Side.BUY : Side.SELL);
        }
        return walk;
    }
}
