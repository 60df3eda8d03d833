package io.dto.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FakeClock")
class FakeClockTest {

    private static final Instant T0 = Instant.parse("2024-01-02T14:30:00Z");

    private final FakeClock clock = new FakeClock(T0);
    private final List<String> fired = new ArrayList<>();

    @Test
    @DisplayName("stands still until advanced, then reads the new time")
    void shouldOnlyMoveWhenAdvanced() {
        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofMillis(1500));
        assertThat(clock.instant()).isEqualTo(T0.plusMillis(1500));
        assertThat(clock.millis()).isEqualTo(T0.toEpochMilli() + 1500);
    }

    @Test
    @DisplayName("fires a one-shot timer once, when it falls due, with the clock at its due time")
    void shouldFireOneShotTimerOnceAtItsDueTime() {
        clock.setTimer(1000, id -> fired.add("once@" + clock.instant()));

        assertThat(clock.advanceMillis(999)).isZero();
        assertThat(clock.advanceMillis(5000)).isEqualTo(1);
        assertThat(fired).containsExactly("once@" + T0.plusMillis(1000));
        assertThat(clock.pendingTimers()).isZero();
    }

    @Test
    @DisplayName("fires a periodic timer once per elapsed period")
    void shouldFirePeriodicTimerOncePerElapsedPeriod() {
        clock.setPeriodic(1000, id -> fired.add(clock.instant().toString()));

        assertThat(clock.advance(Duration.ofSeconds(10))).isEqualTo(10);
        assertThat(fired).hasSize(10).first().isEqualTo(T0.plusSeconds(1).toString());
        assertThat(fired).last().isEqualTo(T0.plusSeconds(10).toString());
        assertThat(clock.pendingTimers()).isEqualTo(1);
    }

    @Test
    @DisplayName("fires timers in due-time order, and those due at the same instant in the order they were set")
    void shouldFireTimersInDueOrderThenCreationOrder() {
        clock.setTimer(300, id -> fired.add("c"));
        clock.setTimer(100, id -> fired.add("a"));
        clock.setTimer(200, id -> fired.add("b1"));
        clock.setTimer(200, id -> fired.add("b2"));
        clock.setPeriodic(150, id -> fired.add("p"));

        clock.advanceMillis(300);

        assertThat(fired).containsExactly("a", "p", "b1", "b2", "c", "p");
    }

    @Test
    @DisplayName("does not fire a canceled timer, and a periodic timer canceled in its handler stops")
    void shouldNotFireCanceledTimers() {
        long oneShot = clock.setTimer(100, id -> fired.add("never"));
        clock.setPeriodic(100, id -> {
            fired.add("tick");
            if (fired.size() == 3) {
                clock.cancelTimer(id);
            }
        });

        assertThat(clock.cancelTimer(oneShot)).isTrue();
        assertThat(clock.cancelTimer(oneShot)).isFalse();
        clock.advanceMillis(1000);

        assertThat(fired).containsExactly("tick", "tick", "tick");
        assertThat(clock.pendingTimers()).isZero();
    }

    @Test
    @DisplayName("fires a timer that a handler set, when it falls due within the same advance")
    void shouldFireTimersSetByHandlersWithinTheSameAdvance() {
        clock.setTimer(100, id -> clock.setTimer(100, inner -> fired.add("inner@" + clock.instant())));

        clock.advanceMillis(250);

        assertThat(fired).containsExactly("inner@" + T0.plusMillis(200));
    }

    @Test
    @DisplayName("jumps to the next timer on request")
    void shouldAdvanceToTheNextTimer() {
        clock.setTimer(5000, id -> fired.add("x"));

        assertThat(clock.nextTimerDue()).contains(T0.plusSeconds(5));
        assertThat(clock.advanceToNextTimer()).isTrue();
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(5));
        assertThat(fired).containsExactly("x");
        assertThat(clock.advanceToNextTimer()).isFalse();
    }

    @Test
    @DisplayName("refuses to go back in time, delays under 1 ms, and advancing from inside a handler")
    void shouldRejectMisuse() {
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forward");
        assertThatThrownBy(() -> clock.setTimer(0, id -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 ms");
        clock.setTimer(10, id -> clock.advanceMillis(1));
        assertThatThrownBy(() -> clock.advanceMillis(10))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a timer handler");
    }
}
