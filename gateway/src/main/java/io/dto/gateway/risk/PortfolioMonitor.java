package io.dto.gateway.risk;

import io.dto.api.message.PortfolioRisk;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.plugin.RiskQuery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The risk plugins' periodic work, as the guide wires it: every period each plugin gets the change in daily
 * P&amp;L since the last period ({@code update_risk_metrics}) and checks each account's portfolio
 * ({@code check_portfolio_risk}). The latest results are shown by {@code GET /api/risk}; breaches are logged.
 * Runs on the order manager's context.
 */
public final class PortfolioMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioMonitor.class);

    private final Vertx vertx;
    private final List<String> plugins;
    private final AccountBook accounts;
    private final DeliveryOptions options;
    private final Map<String, Map<String, PortfolioRisk>> latest = new HashMap<>();
    private BigDecimal lastDailyPnl = BigDecimal.ZERO;

    public PortfolioMonitor(Vertx vertx, List<String> plugins, long timeoutMillis, AccountBook accounts) {
        this.vertx = vertx;
        this.plugins = List.copyOf(plugins);
        this.accounts = accounts;
        this.options = new DeliveryOptions().setSendTimeout(timeoutMillis);
    }

    /** One round: P&amp;L updates, then portfolio checks; completes when every plugin answered or failed. */
    public Future<Void> runOnce() {
        if (plugins.isEmpty()) {
            return Future.succeededFuture();
        }
        BigDecimal dailyPnl = BigDecimal.ZERO;
        for (String account : accounts.accountIds()) {
            dailyPnl = dailyPnl.add(accounts.dailyPnl(account));
        }
        BigDecimal change = dailyPnl.subtract(lastDailyPnl);
        lastDailyPnl = dailyPnl;
        List<Future<?>> calls = new ArrayList<>();
        for (String plugin : plugins) {
            if (change.signum() != 0) {
                calls.add(vertx.eventBus().request(RiskQuery.address(plugin), new RiskQuery.PnlChange(change), options)
                        .onFailure(e -> LOG.warn("risk plugin {} did not take the P&L update: {}", plugin,
                                e.getMessage())));
            }
            for (String account : accounts.accountIds()) {
                RiskQuery.CheckPortfolio query = new RiskQuery.CheckPortfolio(accounts.positions(account),
                        accounts.snapshot(account));
                calls.add(vertx.eventBus().<PortfolioRisk>request(RiskQuery.address(plugin), query, options)
                        .onSuccess(reply -> record(plugin, account, reply.body()))
                        .onFailure(e -> LOG.warn("risk plugin {} did not check portfolio {}: {}", plugin, account,
                                e.getMessage())));
            }
        }
        return Future.join(calls).mapEmpty();
    }

    /** The latest portfolio check of each plugin, by plugin and account. */
    public Map<String, Map<String, PortfolioRisk>> latest() {
        return latest;
    }

    private void record(String plugin, String account, PortfolioRisk risk) {
        if (risk == null) {
            return;
        }
        latest.computeIfAbsent(plugin, p -> new HashMap<>()).put(account, risk);
        if (!risk.withinLimits()) {
            LOG.warn("risk plugin {} reports portfolio {} outside its limits: {}", plugin, account, risk.breaches());
        }
    }
}
