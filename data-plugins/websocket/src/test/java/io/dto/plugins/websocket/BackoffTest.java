package io.dto.plugins.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    @DisplayName("delays double from the initial one up to the maximum, and a success starts over")
    void shouldGrowExponentiallyToCap() {
        Backoff backoff = new Backoff(100, 1_000, 0.5, () -> 0.0);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            delays.add(backoff.next());
        }
        assertThat(delays).containsExactly(100L, 200L, 400L, 800L, 1_000L, 1_000L);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(100);
    }

    @Test
    @DisplayName("jitter takes a random share off each delay, never more than the configured share")
    void shouldJitterWithinBounds() {
        Backoff most = new Backoff(100, 1_000, 0.5, () -> 0.999_999);
        assertThat(most.next()).isEqualTo(50);
        assertThat(most.next()).isEqualTo(100);
        Backoff random = new Backoff(1_000, 1_000, 0.3, Math::random);
        for (int i = 0; i < 1_000; i++) {
            assertThat(random.next()).isBetween(700L, 1_000L);
        }
    }
}
