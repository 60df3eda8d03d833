package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.IndicatorPlugin;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.vertx.core.eventbus.Message;
import java.util.Set;

/** Hosts an indicator: feeds it its market data and publishes each value on {@code indicator.<plugin>.<SYMBOL>}. */
final class IndicatorHost extends PluginHost<IndicatorPlugin> {

    IndicatorHost(LoadedPlugin loaded, HostServices services) {
        super(IndicatorPlugin.class, loaded, services);
    }

    @Override
    protected Set<String> addresses(HostedPlugin<IndicatorPlugin> instance) {
        return StrategyHost.MarketDataAddresses.of(instance.plugin().subscriptions());
    }

    @Override
    protected void onMessage(HostedPlugin<IndicatorPlugin> instance, Message<Object> message) {
        if (message.body() instanceof MarketData data
                && StrategyHost.MarketDataAddresses.wanted(instance.plugin().subscriptions(), data)) {
            IndicatorValue value = instance.plugin().calculate(data);
            if (value != null) {
                GatewayCall.run(() -> vertx.eventBus().publish(Addresses.indicator(instance.id(), data.symbol()),
                        value));
                countOut(1);
            }
        }
    }
}
