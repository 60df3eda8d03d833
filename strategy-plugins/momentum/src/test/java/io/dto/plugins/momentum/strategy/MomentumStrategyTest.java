package io.dto.plugins.momentum.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.api.message.Tick;
import io.dto.testkit.StrategyHarness;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MomentumStrategyTest {

    private static JsonObject config() {
        return new JsonObject().put("symbols", new JsonArray().add("GOOG"));
    }

    private static IndicatorValue value(IndicatorSignal signal, double strength) {
        return new IndicatorValue("momentum-indicator", "GOOG", Instant.EPOCH, signal == IndicatorSignal.WAITING
                ? null : 0.03, signal, strength, Map.of("vwap", 100.0, "current_price", 103.0, "price_change", 0.05));
    }

    @Test
    @DisplayName("it subscribes to the indicator's values for its symbols and to no market data")
    void shouldSubscribeToIndicatorOnly() {
        try (StrategyHarness<MomentumStrategy> strategy = StrategyHarness.start(new MomentumStrategy(), config())) {
            assertThat(strategy.subscription().indicators()).containsExactly("momentum-indicator");
            assertThat(strategy.subscription().kinds()).isEmpty();
            assertThat(strategy.subscription().symbols()).containsExactly("GOOG");
            assertThatThrownBy(() -> strategy.feed(new Tick("GOOG", Instant.EPOCH, 1, 1, null)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("an indicator BUY becomes one BUY with the indicator's strength, price and components")
    void shouldTurnIndicatorBuyIntoSignal() {
        try (StrategyHarness<MomentumStrategy> strategy = StrategyHarness.start(new MomentumStrategy(), config())) {
            List<Signal> signals = strategy.feedIndicator(value(IndicatorSignal.BUY, 0.8));
            strategy.feedIndicator(value(IndicatorSignal.BUY, 1.0));

            assertThat(strategy.signals()).hasSize(1);
            Signal signal = signals.get(0);
            assertThat(signal.action()).isEqualTo(SignalAction.BUY);
            assertThat(signal.strength()).isEqualTo(0.8);
            assertThat(signal.price()).isEqualTo(103.0);
            assertThat(signal.metadata()).containsEntry("vwap", 100.0).containsEntry("momentum", 0.03)
                    .containsEntry("indicator", "momentum-indicator").containsEntry("indicator_signal", "BUY");
        }
    }

    @Test
    @DisplayName("long only: SELL exits a long and does nothing when flat; weak, HOLD and WAITING values are ignored")
    void shouldExitLongWithoutShorting() {
        try (StrategyHarness<MomentumStrategy> strategy = StrategyHarness.start(new MomentumStrategy(), config())) {
            strategy.feedIndicator(value(IndicatorSignal.SELL, 1.0));
            strategy.feedIndicator(value(IndicatorSignal.BUY, 0.2));
            strategy.feedIndicator(value(IndicatorSignal.HOLD, 0.9));
            strategy.feedIndicator(value(IndicatorSignal.WAITING, 0.0));
            assertThat(strategy.signals()).isEmpty();

            strategy.feedIndicator(value(IndicatorSignal.BUY, 0.6));
            strategy.feedIndicator(value(IndicatorSignal.SELL, 0.7));
            strategy.feedIndicator(value(IndicatorSignal.SELL, 0.9));
            assertThat(strategy.signals()).extracting(Signal::action)
                    .containsExactly(SignalAction.BUY, SignalAction.EXIT);
        }
    }

    @Test
    @DisplayName("with allow_short, SELL goes short and a later BUY goes long again")
    void shouldSellShortWhenAllowed() {
        try (StrategyHarness<MomentumStrategy> strategy = StrategyHarness.start(new MomentumStrategy(),
                config().put("allow_short", true).put("min_strength", 0.0))) {
            strategy.feedIndicator(value(IndicatorSignal.SELL, 0.1));
            strategy.feedIndicator(value(IndicatorSignal.BUY, 0.1));
            assertThat(strategy.signals()).extracting(Signal::action)
                    .containsExactly(SignalAction.SELL, SignalAction.BUY);
        }
    }
}
