package io.dto.bench.load;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of one {@code bin/gateway bench} run: a table on the console, each path's ratio to its baseline from
 * the same run, and a JSON file (the machine, the options, the results) for comparing runs.
 */
public final class BenchReport {

    private final List<LatencyResult> results = new ArrayList<>();
    private final JsonObject options;

    public BenchReport(JsonObject options) {
        this.options = options;
    }

    public void add(LatencyResult result) {
        results.add(result);
    }

    public List<LatencyResult> results() {
        return List.copyOf(results);
    }

    public void print(PrintStream out) {
        out.printf("%n%-50s %8s %9s %9s %9s %9s %9s %12s%n", "path (latency in microseconds)", "rate/s", "done",
                "p50", "p99", "p99.9", "max", "throughput/s");
        for (LatencyResult r : results) {
            out.printf("%-50s %8s %9d %,9.0f %,9.0f %,9.0f %,9.0f %,12.0f%n", r.name(),
                    r.rate() == 0 ? "max" : r.rate(),
                    r.completed(), r.p50(), r.p99(), r.p999(), r.max(), r.throughput());
        }
        out.printf("%nratios to the baseline measured in the same run:%n");
        for (LatencyResult r : results) {
            baselineOf(r).ifPresent(b -> out.printf("  %-42s / %-34s %s%n", r.name(), b.name(), ratios(r, b)));
        }
    }

    public void write(Path file) throws IOException {
        JsonArray array = new JsonArray();
        for (LatencyResult r : results) {
            JsonObject json = r.toJson();
            baselineOf(r).ifPresent(b -> json.put("ratio_to_baseline", new JsonObject()
                    .put("p50", ratio(r.p50(), b.p50())).put("p99", ratio(r.p99(), b.p99()))
                    .put("throughput", ratio(r.throughput(), b.throughput()))));
            array.add(json);
        }
        JsonObject report = new JsonObject().put("time", Instant.now().toString()).put("machine", machine())
                .put("options", options).put("results", array);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, report.encodePrettily());
    }

    private Optional<LatencyResult> baselineOf(LatencyResult r) {
        return results.stream().filter(b -> b.name().equals(r.baseline())).findFirst();
    }

    private static String ratios(LatencyResult r, LatencyResult b) {
        String latency = r.p50() == 0 && b.p50() == 0 ? ""
                : String.format("p50 %.3gx, p99 %.3gx", ratio(r.p50(), b.p50()), ratio(r.p99(), b.p99()));
        String throughput = r.throughput() == 0 && b.throughput() == 0 ? ""
                : String.format("throughput %.3gx", ratio(r.throughput(), b.throughput()));
        return latency.isEmpty() || throughput.isEmpty() ? latency + throughput : latency + ", " + throughput;
    }

    private static double ratio(double value, double baseline) {
        return baseline == 0 ? 0 : value / baseline;
    }

    private static JsonObject machine() {
        return new JsonObject().put("processors", Runtime.getRuntime().availableProcessors())
                .put("cpu", cpuModel()).put("jdk", System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .put("jvm_arguments", new JsonArray(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
