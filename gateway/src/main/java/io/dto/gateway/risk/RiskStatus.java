package io.dto.gateway.risk;

import io.dto.api.codec.RecordJson;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.broker.BrokerChannel;
import io.dto.gateway.config.RiskConfig;
import io.dto.gateway.config.RiskRule;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;

/** What {@code GET /api/risk} shows: limits, their usage per account, the kill switch, breakers and limiters. */
public final class RiskStatus {

    private RiskStatus() {
    }

    public static JsonObject toJson(RiskConfig config, OrderExposure exposure, AccountBook accounts,
            KillSwitch killSwitch, Collection<BrokerChannel> channels, RiskPluginChain chain,
            PortfolioMonitor monitor) {
        JsonArray disabled = new JsonArray();
        config.disabledChecks().forEach(rule -> disabled.add(rule.key()));
        JsonObject limits = new JsonObject()
                .put(RiskRule.MAX_ORDER_QUANTITY.key(), config.maxOrderQuantity())
                .put(RiskRule.MAX_NOTIONAL.key(), config.maxNotional())
                .put("price_collar_percent", config.priceCollarPercent())
                .put(RiskRule.MAX_POSITION.key(), config.maxPosition())
                .put(RiskRule.MAX_GROSS_EXPOSURE.key(), config.maxGrossExposure())
                .put(RiskRule.MAX_OPEN_ORDERS.key(), config.maxOpenOrders())
                .put(RiskRule.DAILY_LOSS_LIMIT.key(), config.dailyLossLimit())
                .put("orders_per_second_per_strategy", config.ordersPerSecondPerStrategy())
                .put("restricted_symbols", new JsonArray(config.restrictedSymbols().stream().sorted().toList()))
                .put("duplicate_window_ms", config.duplicateWindowMillis())
                .put("disabled_checks", disabled);
        JsonObject usage = new JsonObject();
        for (String account : accounts.accountIds()) {
            usage.put(account, new JsonObject()
                    .put("openOrders", exposure.openOrders(account))
                    .put("openNotional", exposure.openNotional(account))
                    .put("grossPositionValue", accounts.grossValue(account))
                    .put("dailyPnl", accounts.dailyPnl(account)));
        }
        JsonObject active = new JsonObject();
        killSwitch.active().forEach((scope, since) -> active.put(scope, since.toString()));
        JsonObject brokers = new JsonObject();
        channels.forEach(channel -> brokers.put(channel.broker(), channel.state()));
        JsonObject portfolio = new JsonObject();
        monitor.latest().forEach((plugin, byAccount) -> {
            JsonObject results = new JsonObject();
            byAccount.forEach((account, risk) -> results.put(account, RecordJson.toJson(risk)));
            portfolio.put(plugin, results);
        });
        return new JsonObject()
                .put("limits", limits)
                .put("usage", usage)
                .put("killSwitch", new JsonObject().put("active", active))
                .put("brokers", brokers)
                .put("plugins", new JsonArray(chain.plugins()))
                .put("portfolioChecks", portfolio);
    }
}
