package io.dto.testkit;

import io.dto.api.DataSubscription;
import io.dto.api.RiskManagementPlugin;
import io.dto.api.message.Account;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.Position;
import io.dto.api.message.RiskDecision;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a {@link RiskManagementPlugin} as the gateway's risk gate does: subscribed market data in, then
 * {@code validateOrder} for each order, {@code checkPortfolioRisk} periodically and {@code updateRiskMetrics} on each
 * P&amp;L change, here whenever the test calls them.
 *
 * <p>Threading: every plugin call happens on the calling thread, one at a time, as on the plugin's event loop.
 */
public final class RiskHarness<P extends RiskManagementPlugin> extends TypedHarness<P> {

    private final DataSubscription subscription;
    private final List<RiskDecision> decisions = new ArrayList<>();

    private RiskHarness(PluginHarness<P> harness) {
        super(harness);
        this.subscription = Objects.requireNonNull(harness.plugin().subscriptions(),
                "subscriptions() returned null");
    }

    /** Builds a harness with the manifest beside the plugin's class and this configuration, then initializes it. */
    public static <P extends RiskManagementPlugin> RiskHarness<P> start(P plugin, JsonObject config) {
        return start(PluginHarness.builder(plugin).config(config).build());
    }

    /** Initializes the harness's plugin unless the test already did. */
    public static <P extends RiskManagementPlugin> RiskHarness<P> start(PluginHarness<P> harness) {
        return new RiskHarness<>(initialized(harness));
    }

    /**
     * Delivers subscribed market data (returns for correlation and VaR).
     *
     * @throws IllegalArgumentException for an update outside the subscription
     */
    public void feed(MarketData... updates) {
        for (MarketData update : updates) {
            MarketDataDelivery.requireSubscribed(harness.pluginId(), subscription, update);
            harness.plugin().onMarketData(update);
        }
    }

    /** {@code validateOrder}; the decision is also kept in {@link #decisions()}. */
    public RiskDecision validate(OrderRequest order, List<Position> positions, Account account) {
        RiskDecision decision = harness.plugin().validateOrder(order, List.copyOf(positions), account);
        if (decision == null) {
            throw new AssertionFailedError("validateOrder of plugin '" + harness.pluginId() + "' returned null; "
                    + "return RiskDecision.approve() or RiskDecision.reject(rule, reason)");
        }
        if (!decision.approved() && (decision.reason() == null || decision.reason().isBlank())) {
            throw new AssertionFailedError("plugin '" + harness.pluginId() + "' rejected an order without a reason; "
                    + "the gateway shows the reason to the person who placed the order");
        }
        decisions.add(decision);
        return decision;
    }

    public PortfolioRisk checkPortfolio(List<Position> positions, Account account) {
        return harness.plugin().checkPortfolioRisk(List.copyOf(positions), account);
    }

    public void updateRiskMetrics(BigDecimal pnlChange) {
        harness.plugin().updateRiskMetrics(pnlChange);
    }

    /** Every decision {@link #validate} returned, in order. */
    public List<RiskDecision> decisions() {
        return List.copyOf(decisions);
    }

    /**
     * An account with this equity, all of it cash and buying power, no margin in use and no P&amp;L: a starting
     * point for risk tests ({@code id} {@code default}, {@code USD}, updated at the clock's time).
     */
    public Account account(double equity) {
        BigDecimal value = BigDecimal.valueOf(equity);
        return new Account("default", "USD", value, value, value, BigDecimal.ZERO, value, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, harness.clock().instant());
    }

}
