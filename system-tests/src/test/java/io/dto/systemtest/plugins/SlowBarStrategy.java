package io.dto.systemtest.plugins;

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

/**
 * A strategy for back-pressure tests: it takes {@code work_micros} of CPU for each daily bar of its symbols, so a
 * fast feed outruns it. It emits no signals.
 */
public final class SlowBarStrategy implements StrategyPlugin {

    private Set<String> symbols = Set.of();
    private long workNanos;

    @Override
    public PluginInfo info() {
        return new PluginInfo("slow-bars", "1.0.0", PluginType.STRATEGY, "a deliberately slow consumer",
                new Capabilities(symbols, Set.of(), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        symbols = Set.copyOf(context.config().getJsonArray("symbols").getList());
        workNanos = context.config().getLong("work_micros") * 1_000;
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return new DataSubscription(symbols, Set.of(MarketDataKind.BARS), Set.of("1d"), Set.of());
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        long until = System.nanoTime() + workNanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return List.of();
    }
}
