package io.dto.bench.marketdata;

import io.dto.api.message.Tick;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The guide's "strategy processing speed" case as a throughput benchmark: ticks per second through feed ->
 * indicators -> strategy ({@link Pipeline}). One operation is one tick; each invocation replays
 * {@value #TICKS} synthetic trades of three symbols (the guide's 1,000 data points for each of AAPL, MSFT and GOOGL,
 * which it wants done in under 5 seconds).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FeedIndicatorStrategyBenchmark {

    static final int TICKS = 3_000;

    private List<Tick> ticks;
    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void generateTicks() {
        ticks = Pipeline.syntheticTicks(TICKS);
    }

    @Setup(Level.Iteration)
    public void freshPipeline() {
        pipeline = new Pipeline();
    }

    @TearDown(Level.Iteration)
    public void closePipeline() {
        pipeline.close();
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public void ticksThroughIndicatorsAndStrategy(Blackhole sink) {
        for (Tick tick : ticks) {
            sink.consume(pipeline.process(tick));
        }
    }
}
