package io.dto.bench.order;

import static io.dto.api.message.OrderStatus.CANCELED;
import static io.dto.api.message.OrderStatus.FILLED;
import static io.dto.api.message.OrderStatus.NEW;
import static io.dto.api.message.OrderStatus.PARTIALLY_FILLED;
import static io.dto.api.message.OrderStatus.PENDING_CANCEL;
import static io.dto.api.message.OrderStatus.PENDING_NEW;
import static io.dto.api.message.OrderStatus.PENDING_REPLACE;
import static io.dto.api.message.OrderStatus.REJECTED;
import static io.dto.api.message.OrderStatus.REPLACED;

import io.dto.api.message.OrderStatus;
import io.dto.gateway.order.OrderStateMachine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The order state machine's decision, per transition, over the lifecycles orders take (filled in parts, cancelled,
 * replaced, rejected) and the transitions it refuses (a report after a terminal state).
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main
 * OrderStateMachineBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OrderStateMachineBenchmark {

    /** Pairs (from, to): the lifecycles of five orders, then five late reports the machine refuses. */
    static final OrderStatus[] TRANSITIONS = {
        PENDING_NEW, NEW, NEW, PARTIALLY_FILLED, PARTIALLY_FILLED, PARTIALLY_FILLED, PARTIALLY_FILLED, FILLED,
        PENDING_NEW, NEW, NEW, PENDING_CANCEL, PENDING_CANCEL, CANCELED,
        PENDING_NEW, NEW, NEW, PENDING_REPLACE, PENDING_REPLACE, REPLACED,
        PENDING_NEW, REJECTED,
        PENDING_NEW, FILLED,
        FILLED, PARTIALLY_FILLED, CANCELED, FILLED, REJECTED, NEW, REPLACED, FILLED, FILLED, CANCELED,
    };

    @Benchmark
    @OperationsPerInvocation(17) // TRANSITIONS.length / 2
    public int transitions() {
        int allowed = 0;
        for (int i = 0; i < TRANSITIONS.length; i += 2) {
            if (OrderStateMachine.allows(TRANSITIONS[i], TRANSITIONS[i + 1])) {
                allowed++;
            }
        }
        return allowed;
    }
}
