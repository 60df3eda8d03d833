package {{package}};

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Momentum: a tick more than {@code threshold_percent} above the previous one is a BUY, as far below a SELL. */
public final class {{className}} implements StrategyPlugin {

    private final Map<String, Double> lastPrice = new HashMap<>();
    private PluginContext context;
    private Set<String> symbols = Set.of();
    private double threshold;

    @Override
    public PluginInfo info() {
        return new PluginInfo("{{name}}", "1.0.0", PluginType.STRATEGY, "momentum strategy",
                new Capabilities(symbols, Set.of("signal"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        this.symbols = Set.copyOf(context.config().getJsonArray("symbols").getList());
        this.threshold = context.config().getDouble("threshold_percent");
        context.logger().info("trading {} on moves above {}%", symbols, threshold);
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(symbols, MarketDataKind.TICKS);
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        Double previous = lastPrice.put(data.symbol(), data.price());
        if (previous == null || previous == 0) {
            return List.of();
        }
        double movePercent = (data.price() - previous) / previous * 100;
        if (Math.abs(movePercent) <= threshold) {
            return List.of();
        }
        SignalAction action = movePercent > 0 ? SignalAction.BUY : SignalAction.SELL;
        return List.of(new Signal(context.pluginId(), data.symbol(), action, 1.0, data.price(),
                context.clock().instant(), Map.of("move_percent", movePercent)));
    }
}
