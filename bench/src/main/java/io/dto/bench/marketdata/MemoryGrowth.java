package io.dto.bench.marketdata;

import io.dto.api.message.Tick;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * The guide's "memory usage" case: how much the heap retains after 10,000 ticks went through feed -> indicators ->
 * strategy (the guide allows 100 MB). Heap in use is read after a full collection before and after; the ticks are
 * generated beforehand, so only what the plugins keep is counted. Prints one line per measurement and the verdict.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) io.dto.bench.marketdata.MemoryGrowth</pre>
 */
public final class MemoryGrowth {

    static final int TICKS = 10_000;
    static final long GUIDE_LIMIT_BYTES = 100L * 1024 * 1024;

    private MemoryGrowth() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Tick> ticks = Pipeline.syntheticTicks(TICKS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Pipeline pipeline = new Pipeline()) {
            pipeline.process(ticks.get(0));
            long before = settledHeap(memory);
            long signals = 0;
            for (Tick tick : ticks) {
                signals += pipeline.process(tick).size();
            }
            long after = settledHeap(memory);
            long growth = after - before;
            System.out.printf("ticks: %d, signals: %d%n", ticks.size(), signals);
            System.out.printf("heap in use before: %,d bytes, after: %,d bytes%n", before, after);
            System.out.printf("retained growth over %,d ticks: %,d bytes (%.3f MB); guide limit 100 MB: %s%n",
                    TICKS, growth, growth / 1024.0 / 1024.0, growth < GUIDE_LIMIT_BYTES ? "PASS" : "FAIL");
        }
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
