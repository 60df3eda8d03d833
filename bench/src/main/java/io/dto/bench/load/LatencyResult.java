package io.dto.bench.load;

import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

/**
 * One measured path of a run, latencies in microseconds, and the path it is compared with in the same run
 * ({@code baseline}, or {@code null} when it is a baseline itself).
 *
 * @param rate the offered rate per second (open loop), or 0 when the path was driven as fast as it goes
 * @param sent requests offered (of those that are acknowledged, when only some are)
 * @param completed requests acknowledged before the drain timeout
 * @param throughput acknowledgements per second over the run
 */
public record LatencyResult(String name, String baseline, int rate, long sent, long completed, double p50,
        double p99, double p999, double max, double throughput) {

    public static LatencyResult of(String name, String baseline, int rate, long sent, long completed, Histogram nanos,
            double throughput) {
        return new LatencyResult(name, baseline, rate, sent, completed, micros(nanos, 50), micros(nanos, 99),
                micros(nanos, 99.9), nanos.getTotalCount() == 0 ? 0 : nanos.getMaxValue() / 1e3, throughput);
    }

    /** A result with no latency, only a rate (ticks per second through a path). */
    public static LatencyResult throughputOnly(String name, String baseline, long completed, double throughput) {
        return new LatencyResult(name, baseline, 0, completed, completed, 0, 0, 0, 0, throughput);
    }

    private static double micros(Histogram nanos, double percentile) {
        return nanos.getTotalCount() == 0 ? 0 : nanos.getValueAtPercentile(percentile) / 1e3;
    }

    JsonObject toJson() {
        return new JsonObject().put("name", name).put("baseline", baseline).put("rate", rate).put("sent", sent)
                .put("completed", completed).put("p50_us", p50).put("p99_us", p99).put("p99_9_us", p999)
                .put("max_us", max).put("throughput_per_s", throughput);
    }
}
