package io.dto.plugins.indicators;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.IndicatorPlugin;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard indicators (SMA, EMA, RSI, MACD, Bollinger bands, ATR, VWAP) as one configurable plugin: per symbol,
 * every configured indicator is updated in O(1) per bar, trade or quote, and one {@link IndicatorValue} carries them
 * all in its components ({@code sma_20}, {@code rsi_14}, {@code macd}, {@code bb_upper}, ...), the first configured
 * indicator giving the value, signal and strength. The gateway publishes it on {@code indicator.indicators.<SYMBOL>}.
 *
 * <p>Threading: every method runs on the plugin's context, never concurrently.
 */
public final class TechnicalIndicators implements IndicatorPlugin {

    static final String NAME = "indicators";
    static final String VERSION = "1.0.0";

    private PluginContext context;
    private IndicatorsConfig config;
    private final Map<String, IndicatorSet> sets = new HashMap<>();

    @Override
    public PluginInfo info() {
        Set<String> symbols = config == null ? Set.of() : Set.copyOf(config.symbols());
        return new PluginInfo(NAME, VERSION, PluginType.INDICATOR,
                "SMA, EMA, RSI, MACD, Bollinger bands, ATR and VWAP, streaming in O(1) per update",
                new Capabilities(symbols, Set.of("value", "signal", "strength", "components"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = IndicatorsConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            context.logger().error("cannot initialize: {}", e.getMessage());
            return Future.failedFuture(e);
        }
        context.logger().info("computing {} on {} from {}", config.specs().stream().map(IndicatorSpec::text).toList(),
                config.symbols(), config.source());
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return config.subscription();
    }

    @Override
    public IndicatorValue calculate(MarketData data) {
        IndicatorSet set = sets.computeIfAbsent(data.symbol(),
                symbol -> new IndicatorSet(context.pluginId(), symbol, config.specs()));
        IndicatorValue value = set.update(data);
        if (value.signal() == IndicatorSignal.ERROR) {
            context.metrics().increment("values.undefined");
        }
        return value;
    }

    /** Values for a history of bars (fresh state per symbol, the live state untouched), one per bar once warm. */
    @Override
    public List<IndicatorValue> calculateBatch(List<Bar> bars) {
        Map<String, IndicatorSet> batch = new HashMap<>();
        List<IndicatorValue> values = new ArrayList<>();
        for (Bar bar : bars) {
            IndicatorValue value = batch.computeIfAbsent(bar.symbol(),
                    symbol -> new IndicatorSet(context.pluginId(), symbol, config.specs())).update(bar);
            if (value.signal() != IndicatorSignal.WAITING) {
                values.add(value);
            }
        }
        return values;
    }

    @Override
    public int requiredDataLength() {
        return IndicatorSet.warmUp(config.specs());
    }

    @Override
    public Future<Void> cleanup() {
        sets.clear();
        return Future.succeededFuture();
    }
}
