package io.dto.testkit;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/** Waits for the futures plugins return, with the testkit's single-thread model in mind. */
final class Futures {

    static final Duration EXTERNAL_TIMEOUT = Duration.ofSeconds(10);

    private Futures() {
    }

    /**
     * The completed future. Without Vert.x in play everything runs on the test's thread, so a future still pending
     * after the call waits for a timer the test has not advanced to: that fails at once. With Vert.x in play
     * ({@code vertx()} was used) the future may complete on a Vert.x thread, so this waits a bounded time.
     */
    static <T> Future<T> completed(Future<T> future, String call, boolean externalThreads) {
        if (future == null) {
            throw new AssertionFailedError(call + " returned null instead of a Future");
        }
        if (future.isComplete()) {
            return future;
        }
        if (!externalThreads) {
            throw new AssertionFailedError(call + " returned a Future that is still pending. The testkit runs the "
                    + "plugin on the test's thread with a fake clock: if the plugin waits for a timer, advance the "
                    + "clock before expecting the result");
        }
        try {
            future.toCompletionStage().toCompletableFuture().get(EXTERNAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError(call + " was interrupted while waiting", e);
        } catch (ExecutionException e) {
            return future;
        } catch (TimeoutException e) {
            throw new AssertionFailedError(call + " did not complete within " + EXTERNAL_TIMEOUT.toSeconds() + " s");
        }
        return future;
    }

    /** The result of a future that must succeed; a failure becomes a {@link PluginCallFailedException}. */
    static <T> T result(Future<T> future, String call, boolean externalThreads) {
        Future<T> done = completed(future, call, externalThreads);
        if (done.failed()) {
            throw new PluginCallFailedException(call, done.cause());
        }
        return done.result();
    }
}
