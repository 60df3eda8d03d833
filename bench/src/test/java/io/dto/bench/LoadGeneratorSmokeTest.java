package io.dto.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.bench.fix.OrderRoundTripScenario;
import io.dto.bench.load.BenchReport;
import io.dto.bench.load.LatencyResult;
import io.dto.bench.marketdata.TickToOrderScenario;
import io.dto.bench.plugin.FanOutScenario;
import io.dto.bench.startup.StartupScenario;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code bin/gateway bench} working: each scenario briefly, at a low rate, on the plugin jars the build put in
 * the repository's {@code plugins/}. Asserts that every request completed and that the figures are real (counts,
 * latencies above zero, a JSON report), never how fast anything was.
 */
class LoadGeneratorSmokeTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Duration SHORT = Duration.ofSeconds(1);

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("order round trips through the gateway and a bare initiator all complete, open loop")
    void shouldCompleteEveryRoundTrip(@TempDir Path dir) throws Exception {
        List<LatencyResult> results;
        try (OrderRoundTripScenario scenario = OrderRoundTripScenario.start(REPOSITORY.resolve("plugins"))) {
            results = scenario.measure(200, Duration.ofMillis(500), SHORT);
            assertThat(scenario.refused()).isZero();
        }
        assertThat(results).extracting(LatencyResult::name).containsExactly("order round trip, gateway @200",
                "order round trip, bare QuickFIX/J @200");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.sent()).isEqualTo(200);
            assertThat(r.completed()).isEqualTo(r.sent());
            assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
            assertThat(r.p99()).isLessThanOrEqualTo(r.max());
            assertThat(r.throughput()).isPositive();
        });
        Path json = dir.resolve("results.json");
        BenchReport report = new BenchReport(new JsonObject().put("smoke", true));
        results.forEach(report::add);
        report.write(json);
        JsonObject written = new JsonObject(Files.readString(json));
        assertThat(written.getJsonArray("results")).hasSize(2);
        assertThat(written.getJsonArray("results").getJsonObject(0).getJsonObject("ratio_to_baseline")
                .getDouble("p50")).isPositive();
        assertThat(written.getJsonObject("machine").getInteger("processors")).isPositive();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("every trade that turns the strategy's averages becomes an order that reaches the broker plugin")
    void shouldTurnTicksIntoOrders() throws Exception {
        LatencyResult result;
        try (TickToOrderScenario scenario = TickToOrderScenario.start(REPOSITORY.resolve("plugins"))) {
            result = scenario.measure(500, Duration.ofMillis(500), SHORT);
        }
        assertThat(result.sent()).isEqualTo(5);
        assertThat(result.completed()).isEqualTo(5);
        assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.max());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("ticks fan out to every subscribed plugin, the plain bus and the plain loop")
    void shouldFanTicksOut() throws Exception {
        List<LatencyResult> results = new FanOutScenario().measure(3, Duration.ZERO, SHORT);
        assertThat(results).extracting(LatencyResult::name).containsExactly("tick fan-out, gateway, 3 plugins",
                "tick fan-out, plain event bus, 3 consumers", "tick fan-out, plain Java loop, 3 consumers");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.completed()).isPositive();
            assertThat(r.throughput()).isPositive();
        });
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    @DisplayName("the gateway (bin/gateway run, with its class-data archive) and the bare Vert.x process reach /ready")
    void shouldStartToReady() throws Exception {
        List<LatencyResult> results = new StartupScenario(REPOSITORY).measure(1);
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.completed()).isEqualTo(1);
            assertThat(r.p50()).isPositive();
        });
        // The untimed start wrote the archive as it stopped; the timed one adopted it.
        try (Stream<Path> archives = Files.list(REPOSITORY.resolve("gateway/target/cds"))) {
            assertThat(archives.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("gateway-\\w+\\.jsa"));
        }
    }
}
