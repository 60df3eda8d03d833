package io.dto.bench.codec;

import io.dto.api.codec.RecordCodec;
import io.vertx.core.buffer.Buffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The event-bus codec of every message record ({@code RecordCodec}): the wire form a clustered bus or the isolation
 * bridge pays per message (encode, decode, both), and, as the in-JVM baseline, {@code transform}, which passes the
 * record by reference. Run with {@code -prof gc} for bytes per operation.
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main
 * RecordCodecBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecordCodecBenchmark {

    @Param({"Tick", "Quote", "Bar", "Signal", "OrderRequest", "CancelRequest", "ReplaceRequest", "ExecutionReport",
            "OrderEvent", "Position", "Account", "IndicatorValue", "RiskDecision", "PortfolioRisk",
            "BrokerSessionStatus", "PluginLifecycleEvent"})
    public String record;

    private RecordCodec<Record> codec;
    private Record sample;
    private Buffer encoded;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        sample = MessageSamples.named(record);
        codec = new RecordCodec<>((Class<Record>) sample.getClass());
        encoded = Buffer.buffer();
        codec.encodeToWire(encoded, sample);
        if (!codec.decodeFromWire(0, encoded).equals(sample)) {
            throw new IllegalStateException(record + " does not survive its wire form");
        }
    }

    @Benchmark
    public Buffer encode() {
        Buffer buffer = Buffer.buffer(256);
        codec.encodeToWire(buffer, sample);
        return buffer;
    }

    @Benchmark
    public Record decode() {
        return codec.decodeFromWire(0, encoded);
    }

    @Benchmark
    public Record encodeAndDecode() {
        Buffer buffer = Buffer.buffer(256);
        codec.encodeToWire(buffer, sample);
        return codec.decodeFromWire(0, buffer);
    }

    @Benchmark
    public Record transformInJvm() {
        return codec.transform(sample);
    }
}
