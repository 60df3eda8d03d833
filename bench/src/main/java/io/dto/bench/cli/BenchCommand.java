package io.dto.bench.cli;

import io.dto.bench.fix.OrderRoundTripScenario;
import io.dto.bench.load.BenchReport;
import io.dto.bench.marketdata.TickToOrderScenario;
import io.dto.bench.plugin.FanOutScenario;
import io.dto.bench.startup.StartupScenario;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/gateway bench}: the end-to-end measurements, each against a baseline measured in the same run, printed
 * as a table and written as JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmarks, each against a baseline in the same run: the order round trip "
                + "(open loop, corrected for coordinated omission) through the gateway vs a bare QuickFIX/J "
                + "initiator against the same fix-sim acceptor; tick to order through a strategy; tick fan-out "
                + "into 1, 10 and 100 strategy plugins vs a plain Java loop; start-up to /ready vs a bare Vert.x "
                + "process.",
                "Run from the repository's folder (config/ and the built plugins/)."})
public final class BenchCommand implements Callable<Integer> {

    /** What a run can measure. */
    enum Scenario { ROUNDTRIP, TICK_TO_ORDER, FANOUT, STARTUP }

    @Option(names = "--scenarios", split = ",", description = "which to run, of ${COMPLETION-CANDIDATES} "
            + "(default: all)")
    List<Scenario> scenarios = List.of(Scenario.values());

    @Option(names = "--rates", split = ",", description = "order round trip: offered orders per second, each rate "
            + "a run of both paths (default: ${DEFAULT-VALUE})")
    List<Integer> rates = List.of(1_000);

    @Option(names = "--duration", description = "seconds measured per path and rate (default: ${DEFAULT-VALUE})")
    int durationSeconds = 5;

    @Option(names = "--warmup", description = "seconds of warm-up per path before measuring (default: "
            + "${DEFAULT-VALUE})")
    int warmUpSeconds = 3;

    @Option(names = "--tick-rate", description = "tick to order: trades per second published, one in "
            + "100 causing an order (default: ${DEFAULT-VALUE})")
    int tickRate = 10_000;

    @Option(names = "--fanout", split = ",", description = "tick fan-out: numbers of subscribed strategy plugins "
            + "(default: ${DEFAULT-VALUE})")
    List<Integer> fanOut = List.of(1, 10, 100);

    @Option(names = "--startup-runs", description = "start-ups of each process (default: ${DEFAULT-VALUE})")
    int startupRuns = 3;

    @Option(names = "--plugins", description = "the built plugin jars (default: ${DEFAULT-VALUE})")
    Path plugins = Path.of("plugins");

    @Option(names = "--json", description = "where to write the results (default: ${DEFAULT-VALUE})")
    Path json = Path.of("bench/target/bench-results.json");

    @Override
    public Integer call() throws Exception {
        validate();
        Duration duration = Duration.ofSeconds(durationSeconds);
        Duration warmUp = Duration.ofSeconds(warmUpSeconds);
        BenchReport report = new BenchReport(options());
        if (scenarios.contains(Scenario.ROUNDTRIP)) {
            try (OrderRoundTripScenario roundTrips = OrderRoundTripScenario.start(plugins)) {
                for (int rate : rates) {
                    roundTrips.measure(rate, warmUp, duration).forEach(report::add);
                }
                if (roundTrips.refused() > 0) {
                    System.out.printf("WARNING: the gateway refused or rejected %d order(s); the figures include "
                            + "them%n", roundTrips.refused());
                }
            }
        }
        if (scenarios.contains(Scenario.TICK_TO_ORDER)) {
            try (TickToOrderScenario tickToOrder = TickToOrderScenario.start(plugins)) {
                report.add(tickToOrder.measure(tickRate, warmUp, duration));
            }
        }
        if (scenarios.contains(Scenario.FANOUT)) {
            FanOutScenario fanOutScenario = new FanOutScenario();
            for (int subscribers : fanOut) {
                fanOutScenario.measure(subscribers, warmUp, duration).forEach(report::add);
            }
        }
        if (scenarios.contains(Scenario.STARTUP)) {
            new StartupScenario(Path.of("").toAbsolutePath()).measure(startupRuns).forEach(report::add);
        }
        report.print(System.out);
        report.write(json);
        System.out.printf("%nresults written to %s%n", json.toAbsolutePath());
        return 0;
    }

    private void validate() {
        if (durationSeconds < 1 || warmUpSeconds < 0 || startupRuns < 1 || tickRate < 100) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--duration and --startup-runs must be at least 1, --warmup at least 0, --tick-rate at least 100");
        }
        if (rates.stream().anyMatch(r -> r < 1) || fanOut.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--rates and --fanout take positive numbers, e.g. --rates 1000,5000");
        }
    }

    private JsonObject options() {
        return new JsonObject().put("scenarios", new JsonArray(scenarios.stream().map(Enum::name).toList()))
                .put("rates", new JsonArray(rates)).put("duration_s", durationSeconds)
                .put("warmup_s", warmUpSeconds).put("tick_rate", tickRate).put("fanout", new JsonArray(fanOut))
                .put("startup_runs", startupRuns);
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(exit);
    }
}
