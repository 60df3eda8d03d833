package io.dto.plugins.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.MarketDataKind;
import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.testkit.IndicatorHarness;
import io.dto.testkit.PluginHarness;
import io.dto.testkit.PluginRejectedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TechnicalIndicatorsTest {

    private static JsonObject config() {
        return new JsonObject().put("symbols", new JsonArray().add("GOOG")).put("bar_timeframe", "1d");
    }

    @Test
    @DisplayName("the default set waits for MACD's 34 bars, then publishes every output with RSI as the value")
    void shouldWaitThenPublishEveryOutput() {
        try (IndicatorHarness<TechnicalIndicators> harness = IndicatorHarness.start(new TechnicalIndicators(),
                config())) {
            assertThat(harness.requiredDataLength()).isEqualTo(34);
            assertThat(harness.subscription().kinds()).containsExactly(MarketDataKind.BARS);
            List<Bar> bars = Series.walk("GOOG", 40, 2);
            List<IndicatorValue> values = harness.feed(bars.toArray(Bar[]::new));

            assertThat(values.subList(0, 33)).allSatisfy(v -> assertThat(v.signal()).isEqualTo(IndicatorSignal.WAITING));
            IndicatorValue first = values.get(33);
            assertThat(first.signal()).isIn(IndicatorSignal.BUY, IndicatorSignal.SELL, IndicatorSignal.HOLD);
            assertThat(first.value()).isEqualTo(first.components().get("rsi_14"));
            assertThat(first.components()).containsKeys("rsi_14", "sma_20", "ema_20", "macd", "macd_signal",
                    "macd_histogram", "bb_upper", "bb_middle", "bb_lower", "atr_14", "vwap_20");
            assertThat(first.indicator()).isEqualTo("indicators");
        }
    }

    @Test
    @DisplayName("calculateBatch gives the streaming values, one per bar once warm, without touching live state")
    void shouldBatchLikeStreaming() {
        try (IndicatorHarness<TechnicalIndicators> harness = IndicatorHarness.start(new TechnicalIndicators(),
                config().put("indicators", new JsonArray().add("ema:5").add("atr:3")))) {
            List<Bar> bars = Series.walk("GOOG", 30, 9);
            List<IndicatorValue> batch = harness.calculateBatch(bars);
            List<IndicatorValue> streamed = harness.feed(bars.toArray(Bar[]::new));

            assertThat(batch).hasSize(26);
            assertThat(batch).isEqualTo(streamed.subList(4, 30));
            assertThat(batch.get(0).signal()).isIn(IndicatorSignal.BUY, IndicatorSignal.SELL);
        }
    }

    @Test
    @DisplayName("symbols keep separate state")
    void shouldKeepSymbolsApart() {
        try (IndicatorHarness<TechnicalIndicators> harness = IndicatorHarness.start(new TechnicalIndicators(),
                config().put("symbols", new JsonArray().add("GOOG").add("MSFT"))
                        .put("indicators", new JsonArray().add("sma:2")))) {
            harness.feed(Series.walk("GOOG", 1, 1).get(0), Series.walk("MSFT", 1, 2).get(0));
            assertThat(harness.values()).allSatisfy(v -> assertThat(v.signal()).isEqualTo(IndicatorSignal.WAITING));
        }
    }

    @Test
    @DisplayName("ticks can drive the indicators instead of bars")
    void shouldComputeFromTicks() {
        try (IndicatorHarness<TechnicalIndicators> harness = IndicatorHarness.start(new TechnicalIndicators(),
                config().put("source", "ticks").put("indicators", new JsonArray().add("sma:3")))) {
            List<IndicatorValue> values = harness.feedPrices("GOOG", 10, 11, 12, 13);
            assertThat(values.get(3).value()).isEqualTo(12.0);
            assertThat(values.get(3).signal()).isEqualTo(IndicatorSignal.BUY);
        }
    }

    @Test
    @DisplayName("an indicator specification the plugin cannot build fails initialization with the reason")
    void shouldRefuseBadSpecification() {
        PluginHarness<TechnicalIndicators> harness = PluginHarness.builder(new TechnicalIndicators())
                .config(config().put("indicators", new JsonArray().add("macd:26:12:9"))).build();
        assertThat(harness.initialize().cause()).hasMessageContaining("fast period (26) must be less than");
        harness.close();
    }

    @Test
    @DisplayName("an unknown source is refused")
    void shouldRefuseUnknownSource() {
        PluginHarness<TechnicalIndicators> harness = PluginHarness.builder(new TechnicalIndicators())
                .config(config().put("source", "news")).build();
        assertThat(harness.initialize().cause()).hasMessageContaining("bars, ticks or quotes");
        harness.close();
        assertThatThrownBy(() -> PluginHarness.builder(new TechnicalIndicators())
                .config(config().put("indicators", "rsi")).build()).isInstanceOf(PluginRejectedException.class);
    }
}
