package io.dto.bench.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop run: request {@code n} is due at {@code start + n / rate}, whatever happened to the earlier ones, and
 * its latency is measured from when it was due, not from when it was sent, until it is acknowledged. A sender that
 * falls behind (because the system under test held it up, or the machine did) is therefore charged for the wait, which
 * is the correction for coordinated omission. Acknowledgements may arrive on any thread.
 */
public final class OpenLoop {

    /** Sends request {@code n} of the run; it is acknowledged later through {@link OpenLoop#acknowledged(int)}. */
    public interface Sender {
        void send(int n) throws Exception;
    }

    private static final long SPIN_BELOW_NANOS = 20_000;

    private final long[] dueAt;
    private final Recorder recorder = new Recorder(3);
    private final AtomicLong acknowledged = new AtomicLong();
    private volatile long lastAckNanos;

    private OpenLoop(int requests) {
        this.dueAt = new long[requests];
    }

    /**
     * Sends {@code rate * duration} requests at {@code rate} per second and waits up to {@code drain} after the last
     * one for their acknowledgements. {@code follow} is called with the run before the first request, so the caller
     * can route acknowledgements to it.
     */
    public static LatencyResult run(String name, String baseline, int rate, Duration duration, Duration drain,
            Sender sender, Consumer<OpenLoop> follow) throws Exception {
        return run(name, baseline, rate, duration, drain, sender, n -> true, follow);
    }

    /** As above, where only the requests that {@code awaited} names are acknowledged (and measured). */
    public static LatencyResult run(String name, String baseline, int rate, Duration duration, Duration drain,
            Sender sender, IntPredicate awaited, Consumer<OpenLoop> follow) throws Exception {
        int requests = (int) Math.max(1, rate * duration.toMillis() / 1000);
        long expected = IntStream.range(0, requests).filter(awaited).count();
        OpenLoop run = new OpenLoop(requests);
        follow.accept(run);
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
        for (int n = 0; n < requests; n++) {
            long due = start + n * period;
            run.dueAt[n] = due;
            waitUntil(due);
            sender.send(n);
        }
        long deadline = System.nanoTime() + drain.toNanos();
        while (run.acknowledged.get() < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        Histogram latency = run.recorder.getIntervalHistogram();
        long acked = run.acknowledged.get();
        double seconds = Math.max(1, run.lastAckNanos - start) / 1e9;
        return LatencyResult.of(name, baseline, rate, expected, acked, latency, acked / seconds);
    }

    /** Request {@code n} was acknowledged now. */
    public void acknowledged(int n) {
        long now = System.nanoTime();
        recorder.recordValue(Math.max(0, now - dueAt[n]));
        lastAckNanos = now;
        acknowledged.incrementAndGet();
    }

    private static void waitUntil(long due) {
        long left;
        while ((left = due - System.nanoTime()) > 0) {
            if (left > SPIN_BELOW_NANOS) {
                LockSupport.parkNanos(left - SPIN_BELOW_NANOS);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
