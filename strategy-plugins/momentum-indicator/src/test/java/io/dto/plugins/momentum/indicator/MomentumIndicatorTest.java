package io.dto.plugins.momentum.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.testkit.IndicatorHarness;
import io.dto.testkit.PluginHarness;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The guide's indicator cases, and every value against the guide's formula recomputed from the whole window. */
class MomentumIndicatorTest {

    private static final Instant START = Instant.parse("2024-01-02T00:00:00Z");

    private static JsonObject config(int period, double threshold) {
        return new JsonObject().put("symbols", new JsonArray().add("AAPL")).put("period", period)
                .put("threshold", threshold).put("bar_timeframe", "1d");
    }

    @Test
    @DisplayName("waiting until period updates, then the guide's value, signal, strength and components, at every index")
    void shouldMatchGuideFormulaAtEveryIndex() {
        List<Bar> bars = bars(200, 4, false);
        try (IndicatorHarness<MomentumIndicator> harness = IndicatorHarness.start(new MomentumIndicator(),
                config(14, 0.02))) {
            assertThat(harness.requiredDataLength()).isEqualTo(14);
            List<IndicatorValue> values = harness.feed(bars.toArray(Bar[]::new));
            for (int i = 0; i < bars.size(); i++) {
                IndicatorValue value = values.get(i);
                if (i < 13) {
                    assertThat(value.signal()).isEqualTo(IndicatorSignal.WAITING);
                    assertThat(value.value()).isNull();
                    continue;
                }
                List<Bar> window = bars.subList(i - 13, i + 1);
                double vwap = window.stream().mapToDouble(b -> b.close() * b.volume()).sum()
                        / window.stream().mapToDouble(Bar::volume).sum();
                double last = window.get(13).close();
                double momentum = (last - vwap) / vwap;
                assertThat(value.value()).as("value at %d", i).isCloseTo(momentum, within(1e-12));
                assertThat(value.components().get("vwap")).isCloseTo(vwap, within(1e-9));
                assertThat(value.components().get("price_change"))
                        .isCloseTo((last - window.get(0).close()) / window.get(0).close(), within(1e-12));
                assertThat(value.components().get("current_price")).isEqualTo(last);
                assertThat(value.strength()).isCloseTo(Math.min(Math.abs(momentum) / 0.02, 1.0), within(1e-9));
                assertThat(value.signal()).isEqualTo(momentum > 0.02 ? IndicatorSignal.BUY
                        : momentum < -0.02 ? IndicatorSignal.SELL : IndicatorSignal.HOLD);
            }
            assertThat(values).extracting(IndicatorValue::signal).contains(IndicatorSignal.BUY, IndicatorSignal.SELL,
                    IndicatorSignal.HOLD);
        }
    }

    @Test
    @DisplayName("a rise well above the window's VWAP is a full-strength BUY; a fall below it a SELL")
    void shouldSignalBeyondThreshold() {
        try (IndicatorHarness<MomentumIndicator> harness = IndicatorHarness.start(new MomentumIndicator(),
                config(3, 0.01).put("source", "ticks"))) {
            List<IndicatorValue> values = harness.feedPrices("AAPL", 100, 100, 110, 90);
            assertThat(values.get(2).signal()).isEqualTo(IndicatorSignal.BUY);
            assertThat(values.get(2).strength()).isEqualTo(1.0);
            assertThat(values.get(3).signal()).isEqualTo(IndicatorSignal.SELL);
        }
    }

    @Test
    @DisplayName("a window without volume is an ERROR with no value, and a traded bar ends it")
    void shouldReportErrorWithoutVolume() {
        List<Bar> bars = bars(6, 1, true);
        try (IndicatorHarness<MomentumIndicator> harness = IndicatorHarness.start(new MomentumIndicator(),
                config(2, 0.02))) {
            List<IndicatorValue> values = harness.feed(bars.toArray(Bar[]::new));
            assertThat(values.get(1).signal()).isEqualTo(IndicatorSignal.ERROR);
            assertThat(values.get(1).value()).isNull();
            assertThat(harness.harness().metrics().counter("values.undefined")).isPositive();
            assertThat(values.get(5).signal()).isNotEqualTo(IndicatorSignal.ERROR);
        }
    }

    @Test
    @DisplayName("calculate_batch gives one value per bar once the window is full, equal to the streaming ones")
    void shouldBatchOverTheSameWindow() {
        List<Bar> bars = bars(40, 8, false);
        try (IndicatorHarness<MomentumIndicator> harness = IndicatorHarness.start(new MomentumIndicator(),
                config(10, 0.02))) {
            List<IndicatorValue> batch = harness.calculateBatch(bars);
            List<IndicatorValue> streamed = harness.feed(bars.toArray(Bar[]::new));
            assertThat(batch).hasSize(31).isEqualTo(streamed.subList(9, 40));
        }
    }

    @Test
    @DisplayName("a period below the manifest's minimum of 2 is refused before initialization")
    void shouldRefusePeriodBelowMinimum() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PluginHarness.builder(new MomentumIndicator())
                .config(config(1, 0.02)).build())
                .hasMessageContaining("below the minimum 2");
    }

    /** Daily bars with a weekend gap each week; with {@code quiet}, the first two bars trade no volume. */
    private static List<Bar> bars(int count, long seed, boolean quiet) {
        Random random = new Random(seed);
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        Instant day = START;
        for (int i = 0; i < count; i++) {
            close *= Math.exp(0.03 * random.nextGaussian());
            long volume = quiet && i < 3 ? 0 : 100 + random.nextInt(10_000);
            bars.add(new Bar("AAPL", "1d", day, close, close, close, close, volume));
            day = day.plus(Duration.ofDays(i % 5 == 4 ? 3 : 1));
        }
        return bars;
    }
}
