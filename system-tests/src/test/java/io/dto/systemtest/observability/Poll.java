package io.dto.systemtest.observability;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition by asking it again at a fixed interval, up to a deadline. */
final class Poll {

    private Poll() {
    }

    /** Returns the first answer that is not {@code null}; fails with {@code what} once {@code timeout} passed. */
    static <T> T until(String what, Duration timeout, Duration interval, Supplier<T> answer)
            throws InterruptedException {
        return until(what, timeout, interval, answer, () -> "");
    }

    /** As {@link #until(String, Duration, Duration, Supplier)}, adding {@code why} to the failure. */
    static <T> T until(String what, Duration timeout, Duration interval, Supplier<T> answer, Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T result = answer.get();
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + ". "
                        + why.get());
            }
            Thread.sleep(interval.toMillis());
        }
    }
}
