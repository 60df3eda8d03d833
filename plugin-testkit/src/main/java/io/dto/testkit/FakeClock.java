package io.dto.testkit;

import io.vertx.core.Handler;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The time a plugin sees in the testkit, and the timers it drives. Time stands still until the test calls
 * {@link #advance}; then every timer that falls due fires, in order of due time (timers due at the same instant in
 * the order they were set), with {@link #instant()} reading the timer's due time while its handler runs. Periodic
 * timers fire once per period that elapses, so advancing ten seconds over a one-second periodic fires it ten times.
 *
 * <p>Threading: not thread-safe. Timer handlers run on the thread that calls {@link #advance}, normally the test's,
 * which stands in for the plugin's single event-loop context in the gateway.
 */
public final class FakeClock implements InstantSource {

    /** Where a clock starts unless told otherwise: a regular New York session open (Tuesday 2 January 2024). */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-02T14:30:00Z");

    private final PriorityQueue<ScheduledTimer> due = new PriorityQueue<>();
    private final Map<Long, ScheduledTimer> active = new HashMap<>();
    private Instant now;
    private long nextTimerId;
    private long nextSequence;
    private boolean firing;

    public FakeClock() {
        this(DEFAULT_START);
    }

    public FakeClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public long millis() {
        return now.toEpochMilli();
    }

    /** A one-shot timer, as {@code Vertx.setTimer}: fires once, {@code delayMillis} from now. */
    public long setTimer(long delayMillis, Handler<Long> handler) {
        return schedule(delayMillis, 0, handler);
    }

    /** A periodic timer, as {@code Vertx.setPeriodic}: first fires one period from now, then every period. */
    public long setPeriodic(long periodMillis, Handler<Long> handler) {
        return schedule(periodMillis, periodMillis, handler);
    }

    /** Cancels a timer; false when it does not exist (already fired, canceled, or never set). */
    public boolean cancelTimer(long timerId) {
        return active.remove(timerId) != null;
    }

    /**
     * Moves time forward, firing every timer that falls due on the way (also timers that handlers set and that fall
     * due before the end).
     *
     * @return how many timer handlers ran
     * @throws IllegalArgumentException for a negative duration
     * @throws IllegalStateException when called from inside a timer handler
     */
    public int advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward; got " + duration);
        }
        return runUntil(now.plus(duration));
    }

    public int advanceMillis(long millis) {
        return advance(Duration.ofMillis(millis));
    }

    /** Moves time to the next timer's due time and fires what is due then; false when no timer is pending. */
    public boolean advanceToNextTimer() {
        Optional<Instant> next = nextTimerDue();
        next.ifPresent(this::runUntil);
        return next.isPresent();
    }

    /** When the earliest pending timer falls due, if any. */
    public Optional<Instant> nextTimerDue() {
        dropCanceled();
        return due.isEmpty() ? Optional.empty() : Optional.of(due.peek().dueAt);
    }

    /** How many timers are set and not yet fired (one-shot) or canceled (periodic). */
    public int pendingTimers() {
        return active.size();
    }

    private long schedule(long delayMillis, long periodMillis, Handler<Long> handler) {
        Objects.requireNonNull(handler, "handler");
        if (delayMillis < 1) {
            throw new IllegalArgumentException("timer delay must be at least 1 ms (as in Vert.x), got " + delayMillis);
        }
        ScheduledTimer timer = new ScheduledTimer(nextTimerId++, nextSequence++, now.plusMillis(delayMillis),
                periodMillis, handler);
        active.put(timer.id, timer);
        due.add(timer);
        return timer.id;
    }

    private int runUntil(Instant end) {
        if (firing) {
            throw new IllegalStateException("advance() was called from inside a timer handler; advance the clock "
                    + "from the test only");
        }
        firing = true;
        int fired = 0;
        try {
            dropCanceled();
            while (!due.isEmpty() && !due.peek().dueAt.isAfter(end)) {
                ScheduledTimer timer = due.poll();
                if (active.get(timer.id) != timer) {
                    continue;
                }
                now = timer.dueAt;
                if (timer.periodMillis == 0) {
                    active.remove(timer.id);
                }
                timer.handler.handle(timer.id);
                fired++;
                if (timer.periodMillis > 0 && active.get(timer.id) == timer) {
                    ScheduledTimer next = timer.next(nextSequence++);
                    active.put(next.id, next);
                    due.add(next);
                }
                dropCanceled();
            }
            now = end;
        } finally {
            firing = false;
        }
        return fired;
    }

    private void dropCanceled() {
        while (!due.isEmpty() && active.get(due.peek().id) != due.peek()) {
            due.poll();
        }
    }

    private record ScheduledTimer(long id, long sequence, Instant dueAt, long periodMillis, Handler<Long> handler)
            implements Comparable<ScheduledTimer> {

        ScheduledTimer next(long newSequence) {
            return new ScheduledTimer(id, newSequence, dueAt.plusMillis(periodMillis), periodMillis, handler);
        }

        @Override
        public int compareTo(ScheduledTimer other) {
            int byTime = dueAt.compareTo(other.dueAt);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
