package io.dto.bench.fix;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives one run of orders through a path with at most {@code window} in flight, recording each order's round trip
 * (sent until acknowledged) in an HdrHistogram. The path calls {@link #acknowledged} from whatever thread its
 * acknowledgement arrives on.
 */
final class RoundTrips {

    /** A way to send orders: order {@code n} of the run goes out as {@code id}. */
    interface Path {
        void send(long n, String id) throws Exception;
    }

    /** One run's outcome. */
    record Result(String label, Histogram latency, double ordersPerSecond) {
    }

    private final long[] sentAt;
    private final Recorder recorder = new Recorder(3);
    private final Semaphore window;
    private final int permits;

    private RoundTrips(int orders, int window) {
        this.sentAt = new long[orders];
        this.window = new Semaphore(window);
        this.permits = window;
    }

    /** Sends {@code orders} orders named {@code prefix-n} and waits for every acknowledgement. */
    static Result run(String label, String prefix, Path path, Acknowledgements acks, int orders, int window)
            throws Exception {
        RoundTrips run = new RoundTrips(orders, window);
        acks.follow(prefix, run);
        long begin = System.nanoTime();
        for (int n = 0; n < orders; n++) {
            if (!run.window.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(label + ": order " + n + " waited 30 s for an acknowledgement");
            }
            run.sentAt[n] = System.nanoTime();
            path.send(n, prefix + "-" + n);
        }
        if (!run.window.tryAcquire(run.permits, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(label + ": acknowledgements missing at the end of the run");
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Result(label, run.recorder.getIntervalHistogram(), orders / seconds);
    }

    /** Order {@code n} of this run was acknowledged now. */
    void acknowledged(int n) {
        recorder.recordValue((System.nanoTime() - sentAt[n]) / 1_000);
        window.release();
    }

    /** Routes acknowledgements, by the prefix of their order id, to the run in progress. */
    static final class Acknowledgements {

        private volatile String prefix = "";
        private volatile RoundTrips current;

        void follow(String runPrefix, RoundTrips run) {
            this.current = run;
            this.prefix = runPrefix + "-";
        }

        /** Called with the id of an acknowledged order; ids of other runs are ignored. */
        void onAck(String id) {
            String expected = prefix;
            RoundTrips run = current;
            if (id != null && run != null && id.startsWith(expected)) {
                run.acknowledged(Integer.parseInt(id.substring(expected.length())));
            }
        }
    }
}
