package io.dto.plugins.momentum.strategy;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trades an indicator plugin's signals instead of computing its own: it subscribes to
 * {@code indicator.<indicator>.<SYMBOL>} for its symbols and turns an indicator BUY into a BUY signal and an
 * indicator SELL into a SELL (with {@code allow_short}) or an EXIT of the long. A signal carries the indicator's
 * strength and, as metadata, its value and components; it is emitted when the intent changes (a BUY after anything
 * but a BUY), not on every value, so a long trend becomes one order. Values weaker than {@code min_strength},
 * HOLD, WAITING and ERROR change nothing.
 *
 * <p>Threading: every method runs on the strategy's context, never concurrently.
 */
public final class MomentumStrategy implements StrategyPlugin {

    static final String NAME = "momentum";
    static final String VERSION = "1.0.0";

    private PluginContext context;
    private MomentumStrategyConfig config;
    private final Map<String, SignalAction> lastIntent = new HashMap<>();

    @Override
    public PluginInfo info() {
        Set<String> symbols = config == null ? Set.of() : Set.copyOf(config.symbols());
        return new PluginInfo(NAME, VERSION, PluginType.STRATEGY,
                "Trades the momentum indicator's BUY and SELL signals, sized by their strength",
                new Capabilities(symbols, Set.of("signal"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = MomentumStrategyConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            context.logger().error("cannot initialize: {}", e.getMessage());
            return Future.failedFuture(e);
        }
        context.logger().info("following indicator '{}' on {} (min strength {}, shorts {})", config.indicator(),
                config.symbols(), config.minStrength(), config.allowShort() ? "allowed" : "not allowed");
        return Future.succeededFuture();
    }

    /** The indicator's values for the configured symbols, and no market data. */
    @Override
    public DataSubscription subscriptions() {
        return new DataSubscription(Set.copyOf(config.symbols()), Set.of(), Set.of(), Set.of(config.indicator()));
    }

    /** Subscribes to no market data, so the gateway calls this with nothing. */
    @Override
    public List<Signal> onMarketData(MarketData data) {
        return List.of();
    }

    @Override
    public List<Signal> onIndicator(IndicatorValue value) {
        if (!value.indicator().equals(config.indicator()) || value.strength() < config.minStrength()) {
            return List.of();
        }
        SignalAction intent = intent(value.signal(), lastIntent.get(value.symbol()));
        if (intent == null || intent == lastIntent.get(value.symbol())) {
            return List.of();
        }
        lastIntent.put(value.symbol(), intent);
        context.metrics().increment("signals.emitted");
        return List.of(new Signal(context.pluginId(), value.symbol(), intent, value.strength(),
                value.components().getOrDefault("current_price", Double.NaN), context.clock().instant(),
                metadata(value)));
    }

    @Override
    public Future<Void> cleanup() {
        lastIntent.clear();
        return Future.succeededFuture();
    }

    /** What an indicator signal asks for, given the last intent; null when it asks for nothing. */
    private SignalAction intent(IndicatorSignal signal, SignalAction last) {
        if (signal == IndicatorSignal.BUY) {
            return SignalAction.BUY;
        }
        if (signal != IndicatorSignal.SELL) {
            return null;
        }
        if (config.allowShort()) {
            return SignalAction.SELL;
        }
        return last == SignalAction.BUY ? SignalAction.EXIT : null;
    }

    private static Map<String, Object> metadata(IndicatorValue value) {
        Map<String, Object> metadata = new LinkedHashMap<>(value.components());
        metadata.put("indicator", value.indicator());
        metadata.put("indicator_signal", value.signal().name());
        metadata.put("momentum", value.value());
        return metadata;
    }
}
