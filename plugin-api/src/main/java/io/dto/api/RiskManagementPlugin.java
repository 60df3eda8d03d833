package io.dto.api;

import io.dto.api.message.Account;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.Position;
import io.dto.api.message.RiskDecision;
import java.math.BigDecimal;
import java.util.List;

/**
 * A risk check that runs after the gateway's built-in checks, in the order configuration gives. A rejection names
 * its rule and the figures behind it.
 */
public interface RiskManagementPlugin extends Plugin {

    /** The guide's {@code validate_order}. Must be fast and must not block: it is on every order's path. */
    RiskDecision validateOrder(OrderRequest order, List<Position> positions, Account account);

    /** The guide's {@code check_portfolio_risk}, called periodically by the gateway. */
    PortfolioRisk checkPortfolioRisk(List<Position> positions, Account account);

    /** The guide's {@code update_risk_metrics}: called with each realized or marked P&amp;L change. */
    void updateRiskMetrics(BigDecimal pnlChange);

    /** Market data the check needs (returns for correlation and VaR). */
    default DataSubscription subscriptions() {
        return DataSubscription.of(java.util.Set.of());
    }

    default void onMarketData(MarketData data) {
    }
}
