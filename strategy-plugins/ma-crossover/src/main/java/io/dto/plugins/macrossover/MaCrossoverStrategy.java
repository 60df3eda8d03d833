package io.dto.plugins.macrossover;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.Position;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin guide's moving-average crossover. Per symbol it keeps the short and long simple moving averages of the
 * trade prices; once the long window is full, a short average above the long one with the price above the short
 * one is a BUY, the mirror case a SELL, each carrying the two averages as metadata.
 *
 * <p>Deviation from the guide: a signal is emitted only when the regime changes (BUY after anything but BUY, SELL
 * after anything but SELL); the guide emits on every update while the condition holds, which would stack one order
 * per tick. Repeats are counted in the metric {@code signals.suppressed}.
 *
 * <p>Threading: every method runs on the strategy's context (one event-loop thread), never concurrently.
 */
public final class MaCrossoverStrategy implements StrategyPlugin {

    static final String NAME = "ma-crossover";
    static final String VERSION = "1.0.0";

    /** One symbol's averages and the last signal it emitted. */
    private static final class SymbolState {
        final MovingAverages averages;
        SignalAction lastSignal;

        SymbolState(MovingAverages averages) {
            this.averages = averages;
        }
    }

    private PluginContext context;
    private MaCrossoverConfig config;
    private final Map<String, SymbolState> symbols = new LinkedHashMap<>();
    private final PositionBook positions = new PositionBook();

    @Override
    public PluginInfo info() {
        Set<String> traded = config == null ? Set.of() : Set.copyOf(config.symbols());
        return new PluginInfo(NAME, VERSION, PluginType.STRATEGY,
                "Moving-average crossover: BUY when short MA > long MA and price > short MA, SELL in the mirror case",
                new Capabilities(traded, Set.of("signal"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = MaCrossoverConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            context.logger().error("cannot initialize: {}", e.getMessage());
            return Future.failedFuture(e);
        }
        for (String symbol : config.symbols()) {
            symbols.put(symbol, new SymbolState(new MovingAverages(config.shortPeriod(), config.longPeriod())));
        }
        if (symbols.isEmpty()) {
            context.logger().warn("no symbols configured: the strategy subscribes to nothing and trades nothing; "
                    + "set 'symbols', e.g. [\"AAPL\", \"MSFT\", \"GOOGL\"]");
        }
        context.logger().info("initialized: SMA {} / {} on {}", config.shortPeriod(), config.longPeriod(),
                config.symbols());
        return Future.succeededFuture();
    }

    /** Trades of the configured symbols. */
    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(config == null ? Set.of() : Set.copyOf(config.symbols()), MarketDataKind.TICKS);
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        SymbolState state = symbols.get(data.symbol());
        if (state == null) {
            return List.of();
        }
        double price = data.price();
        positions.mark(data.symbol(), price);
        MovingAverages averages = state.averages;
        averages.add(price);
        if (!averages.ready()) {
            return List.of();
        }
        double shortMa = averages.shortAverage();
        double longMa = averages.longAverage();
        SignalAction action = regime(price, shortMa, longMa);
        if (action == null) {
            return List.of();
        }
        if (action == state.lastSignal) {
            context.metrics().increment("signals.suppressed");
            return List.of();
        }
        state.lastSignal = action;
        context.metrics().increment("signals.emitted");
        return List.of(new Signal(context.pluginId(), data.symbol(), action, config.strength(), price,
                context.clock().instant(), Map.of("short_ma", shortMa, "long_ma", longMa)));
    }

    /** Applies the fills of this strategy's orders to its positions. */
    @Override
    public void onOrderEvent(OrderEvent event) {
        if (event.strategyId() == null || event.strategyId().equals(context.pluginId())) {
            positions.apply(event);
        }
    }

    /** Open positions from this strategy's fills, marked to the last price received. */
    @Override
    public List<Position> positions() {
        return positions.openPositions();
    }

    /** Empties the price buffers and positions (the guide's {@code data_buffer.clear()}). */
    @Override
    public Future<Void> cleanup() {
        symbols.clear();
        positions.clear();
        if (context != null) {
            context.logger().info("cleaned up");
        }
        return Future.succeededFuture();
    }

    /** The symbols with a price buffer (the guide's {@code data_buffer} keys). */
    Set<String> bufferedSymbols() {
        return Set.copyOf(symbols.keySet());
    }

    /** How many prices a symbol's buffer holds; 0 for a symbol without one. */
    int bufferedPrices(String symbol) {
        SymbolState state = symbols.get(symbol);
        return state == null ? 0 : state.averages.size();
    }

    private static SignalAction regime(double price, double shortMa, double longMa) {
        if (shortMa > longMa && price > shortMa) {
            return SignalAction.BUY;
        }
        if (shortMa < longMa && price < shortMa) {
            return SignalAction.SELL;
        }
        return null;
    }
}
