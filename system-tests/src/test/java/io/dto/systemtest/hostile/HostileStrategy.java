package io.dto.systemtest.hostile;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.vertx.core.Future;
import java.util.List;
import java.util.Set;

/** The base of the hostile test plugins: a strategy on AAPL ticks that misbehaves in {@link #onTick}. */
public abstract class HostileStrategy implements StrategyPlugin {

    private final String name;
    protected PluginContext context;

    protected HostileStrategy(String name) {
        this.name = name;
    }

    @Override
    public PluginInfo info() {
        return new PluginInfo(name, "1.0.0", PluginType.STRATEGY, "hostile test plugin",
                new Capabilities(Set.of("AAPL"), Set.of("signal"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(Set.of("AAPL"), MarketDataKind.TICKS);
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        onTick(data);
        return List.of();
    }

    protected abstract void onTick(MarketData data);
}
