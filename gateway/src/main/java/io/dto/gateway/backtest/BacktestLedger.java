package io.dto.gateway.backtest;

import io.dto.api.message.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The book of a backtest: positions from fills (average price, realized P&amp;L), marks from prices, and the
 * equity curve's peak and deepest drawdown, measured each time a fill or a price changes the equity.
 *
 * <p>Not thread-safe: the report verticle uses it on its one context.
 */
public final class BacktestLedger {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private static final class Holding {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal averagePrice = BigDecimal.ZERO;
        BigDecimal mark = BigDecimal.ZERO;
    }

    private final BigDecimal startingEquity;
    private final Map<String, Holding> holdings = new HashMap<>();
    private BigDecimal realized = BigDecimal.ZERO;
    private BigDecimal peak;
    private BigDecimal maxDrawdown = BigDecimal.ZERO;
    private BigDecimal maxDrawdownFraction = BigDecimal.ZERO;
    private long fills;
    private long roundTrips;

    public BacktestLedger(BigDecimal startingEquity) {
        this.startingEquity = startingEquity;
        this.peak = startingEquity;
    }

    /** A fill of {@code quantity} (positive) on {@code side} at {@code price}. */
    public void fill(String symbol, Side side, BigDecimal quantity, BigDecimal price) {
        Holding h = holdings.computeIfAbsent(symbol, s -> new Holding());
        BigDecimal signed = side == Side.BUY ? quantity : quantity.negate();
        BigDecimal before = h.quantity;
        if (before.signum() != 0 && before.signum() != signed.signum()) {
            BigDecimal closing = before.abs().min(quantity);
            realized = realized.add(price.subtract(h.averagePrice).multiply(closing)
                    .multiply(BigDecimal.valueOf(before.signum())));
        }
        BigDecimal after = before.add(signed);
        if (after.signum() == 0) {
            h.averagePrice = BigDecimal.ZERO;
        } else if (before.signum() == 0 || after.signum() != before.signum()) {
            h.averagePrice = price;
        } else if (after.abs().compareTo(before.abs()) > 0) {
            h.averagePrice = h.averagePrice.multiply(before).add(price.multiply(signed)).divide(after, PRECISION);
        }
        if (before.signum() != 0 && (after.signum() == 0 || after.signum() != before.signum())) {
            roundTrips++;
        }
        h.quantity = after;
        h.mark = price;
        fills++;
        measure();
    }

    /** A new market price for a symbol. */
    public void mark(String symbol, double price) {
        Holding h = holdings.get(symbol);
        if (h != null && h.quantity.signum() != 0) {
            h.mark = BigDecimal.valueOf(price);
            measure();
        }
    }

    public BacktestSummary summary() {
        BigDecimal unrealized = unrealized();
        return new BacktestSummary(fills, roundTrips, realized, unrealized, realized.add(unrealized),
                startingEquity.add(realized).add(unrealized), maxDrawdown, maxDrawdownFraction);
    }

    private BigDecimal unrealized() {
        BigDecimal total = BigDecimal.ZERO;
        for (Holding h : holdings.values()) {
            total = total.add(h.mark.subtract(h.averagePrice).multiply(h.quantity));
        }
        return total;
    }

    private void measure() {
        BigDecimal equity = startingEquity.add(realized).add(unrealized());
        if (equity.compareTo(peak) > 0) {
            peak = equity;
        }
        BigDecimal drawdown = peak.subtract(equity);
        if (drawdown.compareTo(maxDrawdown) > 0) {
            maxDrawdown = drawdown;
            maxDrawdownFraction = drawdown.divide(peak, PRECISION);
        }
    }
}
