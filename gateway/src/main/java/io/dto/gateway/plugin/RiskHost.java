package io.dto.gateway.plugin;

import io.dto.api.RiskManagementPlugin;
import io.dto.api.message.MarketData;
import io.vertx.core.eventbus.Message;
import java.util.Set;

/**
 * Hosts a risk plugin: answers the risk gate's {@link RiskQuery}s and feeds the plugin the market data it
 * subscribes to (returns for correlation and VaR).
 */
final class RiskHost extends PluginHost<RiskManagementPlugin> {

    RiskHost(LoadedPlugin loaded, HostServices services) {
        super(RiskManagementPlugin.class, loaded, services);
    }

    @Override
    protected Set<String> addresses(HostedPlugin<RiskManagementPlugin> instance) {
        Set<String> addresses = StrategyHost.MarketDataAddresses.of(instance.plugin().subscriptions());
        addresses.add(RiskQuery.address(instance.id()));
        return addresses;
    }

    @Override
    protected void onMessage(HostedPlugin<RiskManagementPlugin> instance, Message<Object> message) {
        RiskManagementPlugin plugin = instance.plugin();
        Object body = message.body();
        if (body instanceof RiskQuery.ValidateOrder query) {
            message.reply(plugin.validateOrder(query.order(), query.positions(), query.account()));
        } else if (body instanceof RiskQuery.CheckPortfolio query) {
            message.reply(plugin.checkPortfolioRisk(query.positions(), query.account()));
        } else if (body instanceof RiskQuery.PnlChange change) {
            plugin.updateRiskMetrics(change.change());
            message.reply(null);
        } else if (body instanceof MarketData data
                && StrategyHost.MarketDataAddresses.wanted(plugin.subscriptions(), data)) {
            plugin.onMarketData(data);
        }
    }
}
