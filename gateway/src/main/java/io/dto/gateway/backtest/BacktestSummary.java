package io.dto.gateway.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a backtest did: fills, round trips (a position taken and closed or reversed), P&amp;L and the deepest fall
 * of equity from a previous peak.
 */
public record BacktestSummary(long fills, long roundTrips, BigDecimal realizedPnl, BigDecimal unrealizedPnl,
        BigDecimal totalPnl, BigDecimal endingEquity, BigDecimal maxDrawdown, BigDecimal maxDrawdownFraction) {

    /** The summary as the console prints it. */
    public String describe() {
        return String.join(System.lineSeparator(),
                "backtest summary",
                "  fills:          " + fills,
                "  round trips:    " + roundTrips,
                "  realized P&L:   " + money(realizedPnl),
                "  unrealized P&L: " + money(unrealizedPnl),
                "  total P&L:      " + money(totalPnl),
                "  ending equity:  " + money(endingEquity),
                "  max drawdown:   " + money(maxDrawdown) + " (" + maxDrawdownFraction.movePointRight(2)
                        .setScale(2, RoundingMode.HALF_EVEN) + "% of the peak)");
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
