package io.dto.gateway.risk;

import io.dto.api.message.Side;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What open orders could still add, per account: their count, their open notional and, per symbol, the open buy
 * and sell quantity. An order counts from the moment the gate accepts it until it is filled or ends, so orders in
 * flight take their share of every limit. On the order manager's context only; no allocation per lookup.
 */
public final class OrderExposure {

    private static final class SymbolExposure {
        BigDecimal buy = BigDecimal.ZERO;
        BigDecimal sell = BigDecimal.ZERO;
    }

    private static final class AccountExposure {
        long openOrders;
        BigDecimal openNotional = BigDecimal.ZERO;
        final Map<String, SymbolExposure> symbols = new HashMap<>();
    }

    private final Map<String, AccountExposure> accounts = new HashMap<>();

    /** A new open order with {@code quantity} still to trade at {@code riskPrice} (null counts no notional). */
    public void open(String account, String symbol, Side side, BigDecimal quantity, BigDecimal riskPrice) {
        AccountExposure exposure = accounts.computeIfAbsent(account, a -> new AccountExposure());
        exposure.openOrders++;
        adjust(exposure, symbol, side, quantity, riskPrice);
    }

    /** Part of an open order traded or went away; the order stays open. */
    public void reduce(String account, String symbol, Side side, BigDecimal quantity, BigDecimal riskPrice) {
        AccountExposure exposure = accounts.get(account);
        if (exposure != null) {
            adjust(exposure, symbol, side, quantity.negate(), riskPrice);
        }
    }

    /** The order ended with {@code remaining} untraded. */
    public void close(String account, String symbol, Side side, BigDecimal remaining, BigDecimal riskPrice) {
        AccountExposure exposure = accounts.get(account);
        if (exposure != null) {
            exposure.openOrders = Math.max(0, exposure.openOrders - 1);
            adjust(exposure, symbol, side, remaining.negate(), riskPrice);
        }
    }

    public long openOrders(String account) {
        AccountExposure exposure = accounts.get(account);
        return exposure == null ? 0 : exposure.openOrders;
    }

    public BigDecimal openNotional(String account) {
        AccountExposure exposure = accounts.get(account);
        return exposure == null ? BigDecimal.ZERO : exposure.openNotional;
    }

    /** Open quantity on one side of one symbol. */
    public BigDecimal openQuantity(String account, String symbol, Side side) {
        AccountExposure exposure = accounts.get(account);
        SymbolExposure bySymbol = exposure == null ? null : exposure.symbols.get(symbol);
        if (bySymbol == null) {
            return BigDecimal.ZERO;
        }
        return side == Side.BUY ? bySymbol.buy : bySymbol.sell;
    }

    private static void adjust(AccountExposure exposure, String symbol, Side side, BigDecimal quantity,
            BigDecimal riskPrice) {
        SymbolExposure bySymbol = exposure.symbols.computeIfAbsent(symbol, s -> new SymbolExposure());
        if (side == Side.BUY) {
            bySymbol.buy = atLeastZero(bySymbol.buy.add(quantity));
        } else {
            bySymbol.sell = atLeastZero(bySymbol.sell.add(quantity));
        }
        if (riskPrice != null) {
            exposure.openNotional = atLeastZero(exposure.openNotional.add(quantity.multiply(riskPrice)));
        }
    }

    private static BigDecimal atLeastZero(BigDecimal value) {
        return value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
