package io.dto.plugins.macrossover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MovingAverages")
class MovingAveragesTest {

    @Test
    @DisplayName("is ready once the long window is full, with the averages of the last prices")
    void shouldAverageTheLastPrices() {
        MovingAverages averages = new MovingAverages(2, 4);

        averages.add(1);
        averages.add(2);
        averages.add(3);
        assertThat(averages.ready()).isFalse();
        averages.add(4);
        assertThat(averages.ready()).isTrue();
        assertThat(averages.shortAverage()).isEqualTo(3.5);
        assertThat(averages.longAverage()).isEqualTo(2.5);
        averages.add(10);
        assertThat(averages.shortAverage()).isEqualTo(7.0);
        assertThat(averages.longAverage()).isEqualTo(4.75);
    }

    @Test
    @DisplayName("matches a direct computation over a long run of prices, the ring wrapping many times")
    void shouldMatchDirectComputationOverALongRun() {
        MovingAverages averages = new MovingAverages(5, 20);
        List<Double> prices = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            double price = 1_000 + random.nextGaussian() * 50;
            prices.add(price);
            averages.add(price);
            if (i % 997 == 0 && i >= 20) {
                assertThat(averages.shortAverage()).isCloseTo(mean(prices, 5), within(1e-9));
                assertThat(averages.longAverage()).isCloseTo(mean(prices, 20), within(1e-9));
            }
        }
        assertThat(averages.size()).isEqualTo(40).isEqualTo(averages.capacity());
    }

    @Test
    @DisplayName("refuses a short period that is not below the long one")
    void shouldRefuseInvertedPeriods() {
        assertThatThrownBy(() -> new MovingAverages(20, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double mean(List<Double> prices, int period) {
        return prices.subList(prices.size() - period, prices.size()).stream().mapToDouble(Double::doubleValue)
                .average().orElseThrow();
    }
}
