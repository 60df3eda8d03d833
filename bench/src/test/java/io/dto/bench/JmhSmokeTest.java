package io.dto.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.codec.MessageCodecs;
import io.dto.bench.codec.RecordCodecBenchmark;
import io.dto.bench.order.OrderStateMachineBenchmark;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the JMH benchmarks compiling and working: each runs once, briefly, in this JVM. The assertions are about what
 * they produce (a score for every benchmark and parameter), never about how fast.
 */
class JmhSmokeTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("every JMH benchmark of the module runs and reports a score")
    void shouldRunEveryBenchmarkOnce() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("io\\.dto\\.bench\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .build()).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll("\\.[^.]+$", ""))
                .contains("io.dto.bench.codec.RecordCodecBenchmark", "io.dto.bench.indicators.IndicatorUpdateBenchmark",
                        "io.dto.bench.order.RiskGateBenchmark", "io.dto.bench.order.OrderStateMachineBenchmark",
                        "io.dto.bench.fix.FixMessageBenchmark",
                        "io.dto.bench.marketdata.FeedIndicatorStrategyBenchmark");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore())
                .as(r.getParams().getBenchmark() + " " + r.getParams().getParamsKeys())
                .isPositive().isFinite());
        assertThat(results).filteredOn(r -> r.getParams().getBenchmark().endsWith("RecordCodecBenchmark.decode"))
                .hasSize(MessageCodecs.MESSAGE_TYPES.size());
    }

    @Test
    @DisplayName("the codec benchmark covers every message record the bus carries")
    void shouldCoverEveryMessageRecord() throws Exception {
        String[] measured = RecordCodecBenchmark.class.getField("record").getAnnotation(Param.class).value();
        assertThat(measured).containsExactlyInAnyOrderElementsOf(
                MessageCodecs.MESSAGE_TYPES.stream().map(Class::getSimpleName).toList());
    }

    @Test
    @DisplayName("the state-machine benchmark walks the transitions it claims to")
    void shouldAllowTheLifecyclesAndRefuseTheLateReports() {
        // five lifecycles (4 + 3 + 3 + 1 + 1 allowed steps), then five late reports refused
        assertThat(new OrderStateMachineBenchmark().transitions()).isEqualTo(12);
    }
}
