package io.dto.plugins.websocket;

import io.dto.api.MarketDataSink;
import io.dto.api.SinkStatus;
import io.dto.api.message.MarketData;
import io.dto.api.message.Tick;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/** A sink the test can wait on: every offer, garbage report and reconnect wakes the waiting test thread. */
final class AwaitingSink implements MarketDataSink {

    private final List<MarketData> received = new ArrayList<>();
    private final List<String> garbage = new ArrayList<>();
    private final List<String> reconnects = new ArrayList<>();
    private long pauseAt = Long.MAX_VALUE;
    private boolean paused;
    private int offeredWhilePaused;

    @Override
    public synchronized SinkStatus offer(MarketData data) {
        if (paused) {
            offeredWhilePaused++;
        }
        received.add(data);
        notifyAll();
        if (received.size() == pauseAt) {
            paused = true;
            return SinkStatus.PAUSE;
        }
        return SinkStatus.ACCEPTED;
    }

    @Override
    public synchronized void garbage(String reason, String sample) {
        garbage.add(reason);
        notifyAll();
    }

    @Override
    public synchronized void reconnecting(String reason) {
        reconnects.add(reason);
        notifyAll();
    }

    synchronized void pauseAfter(long count) {
        pauseAt = count;
    }

    synchronized void unpause() {
        paused = false;
    }

    synchronized int offeredWhilePaused() {
        return offeredWhilePaused;
    }

    synchronized List<Tick> ticks() {
        return received.stream().filter(Tick.class::isInstance).map(Tick.class::cast).toList();
    }

    synchronized List<String> garbage() {
        return List.copyOf(garbage);
    }

    synchronized List<String> reconnects() {
        return List.copyOf(reconnects);
    }

    /** Waits (woken by each event) until the condition holds; fails after the timeout. */
    synchronized void await(String what, Predicate<AwaitingSink> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionFailedError("timed out after " + timeout + " waiting for " + what + "; ticks "
                        + received.size() + ", garbage " + garbage + ", reconnects " + reconnects);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
