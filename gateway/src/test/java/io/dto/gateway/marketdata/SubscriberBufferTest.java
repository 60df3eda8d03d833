package io.dto.gateway.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriberBufferTest {

    private final List<String> signals = new ArrayList<>();
    private final SubscriberBuffer.Congestion recorder = new SubscriberBuffer.Congestion() {
        @Override
        public void congested() {
            signals.add("congested");
        }

        @Override
        public void relieved() {
            signals.add("relieved");
        }
    };

    @Test
    @DisplayName("drop_oldest keeps the newest updates and counts each eviction")
    void shouldEvictOldestWhenFull() {
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(4, OverflowPolicy.DROP_OLDEST, recorder);
        for (int i = 1; i <= 7; i++) {
            assertThat(buffer.offer(i)).isTrue();
        }
        assertThat(drain(buffer)).containsExactly(4, 5, 6, 7);
        assertThat(buffer.dropped()).isEqualTo(3);
        assertThat(signals).isEmpty();
    }

    @Test
    @DisplayName("drop_newest keeps the oldest updates, refuses the rest and counts them")
    void shouldRefuseNewestWhenFull() {
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(4, OverflowPolicy.DROP_NEWEST, recorder);
        List<Boolean> accepted = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            accepted.add(buffer.offer(i));
        }
        assertThat(accepted).containsExactly(true, true, true, true, false, false);
        assertThat(drain(buffer)).containsExactly(1, 2, 3, 4);
        assertThat(buffer.dropped()).isEqualTo(2);
    }

    @Test
    @DisplayName("pause reports congestion at three quarters and relief at a quarter, once each")
    void shouldSignalCongestionWithHysteresis() {
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(8, OverflowPolicy.PAUSE, recorder);
        for (int i = 1; i <= 5; i++) {
            buffer.offer(i);
        }
        assertThat(signals).isEmpty();
        buffer.offer(6);
        assertThat(signals).containsExactly("congested");
        buffer.offer(7);
        for (int i = 0; i < 4; i++) {
            buffer.poll();
        }
        assertThat(signals).containsExactly("congested");
        buffer.poll();
        assertThat(signals).containsExactly("congested", "relieved");
        assertThat(buffer.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("pause drops updates still in flight once the buffer is completely full")
    void shouldDropInFlightUpdatesWhenPausedBufferIsFull() {
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(4, OverflowPolicy.PAUSE, recorder);
        for (int i = 1; i <= 6; i++) {
            buffer.offer(i);
        }
        assertThat(drain(buffer)).containsExactly(1, 2, 3, 4);
        assertThat(buffer.dropped()).isEqualTo(2);
    }

    @Test
    @DisplayName("the ring wraps around many times without losing order")
    void shouldKeepOrderAcrossWraps() {
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(5, OverflowPolicy.DROP_NEWEST, recorder);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            buffer.offer(i);
            if (i % 3 == 2) {
                out.addAll(drain(buffer));
            }
        }
        out.addAll(drain(buffer));
        assertThat(out).isSorted().hasSize(100);
        assertThat(buffer.dropped()).isZero();
        assertThat(buffer.poll()).isNull();
    }

    private static List<Integer> drain(SubscriberBuffer<Integer> buffer) {
        List<Integer> out = new ArrayList<>();
        for (Integer next = buffer.poll(); next != null; next = buffer.poll()) {
            out.add(next);
        }
        return out;
    }
}
