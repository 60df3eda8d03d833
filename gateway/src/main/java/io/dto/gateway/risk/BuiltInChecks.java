package io.dto.gateway.risk;

import static io.dto.gateway.account.Money.text;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.config.RiskConfig;
import io.dto.gateway.config.RiskRule;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The gateway's own checks, one method per {@link RiskRule}. Each approves without allocating and rejects with the
 * rule and the figures ("notional 125000.00 exceeds limit 100000.00").
 */
final class BuiltInChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RiskConfig limits;
    private final AccountBook accounts;
    private final OrderExposure exposure;
    private final KillSwitch killSwitch;
    private final StrategyRateWindow rates;
    private final DuplicateDetector duplicates;

    BuiltInChecks(RiskConfig limits, AccountBook accounts, OrderExposure exposure, KillSwitch killSwitch) {
        this.limits = limits;
        this.accounts = accounts;
        this.exposure = exposure;
        this.killSwitch = killSwitch;
        this.rates = new StrategyRateWindow(limits.ordersPerSecondPerStrategy());
        this.duplicates = new DuplicateDetector(limits.duplicateWindowMillis());
    }

    RiskDecision check(RiskRule rule, RiskTicket ticket, long nowMillis, boolean replace) {
        OrderRequest order = ticket.order();
        return switch (rule) {
            case KILL_SWITCH -> killSwitch(order);
            case RESTRICTED_SYMBOL -> limits.restrictedSymbols().contains(order.symbol())
                    ? reject(rule, order.symbol() + " is on the restricted list") : RiskDecision.approve();
            case MAX_ORDER_QUANTITY -> order.quantity().compareTo(limits.maxOrderQuantity()) > 0
                    ? reject(rule, "quantity " + order.quantity().toPlainString() + " exceeds limit "
                            + limits.maxOrderQuantity().toPlainString())
                    : RiskDecision.approve();
            case REFERENCE_PRICE -> ticket.reference() == null
                    ? reject(rule, "no reference price for " + order.symbol() + ": no quote has arrived on md.quote."
                            + order.symbol())
                    : RiskDecision.approve();
            case PRICE_COLLAR -> priceCollar(ticket);
            case MAX_NOTIONAL -> maxNotional(ticket);
            case MAX_POSITION -> maxPosition(order);
            case MAX_GROSS_EXPOSURE -> maxGrossExposure(ticket);
            case MAX_OPEN_ORDERS -> exposure.openOrders(order.account()) >= limits.maxOpenOrders() && !replace
                    ? reject(rule, "open orders " + exposure.openOrders(order.account()) + " for account "
                            + order.account() + " at limit " + limits.maxOpenOrders())
                    : RiskDecision.approve();
            case DAILY_LOSS_LIMIT -> dailyLoss(order);
            case STRATEGY_ORDER_RATE -> strategyRate(order, nowMillis);
            case DUPLICATE_ORDER -> replace ? RiskDecision.approve() : duplicate(order, nowMillis);
        };
    }

    /** Records what the stateful checks remember of an accepted order. */
    void accepted(OrderRequest order, long nowMillis, boolean replace) {
        if (limits.enabled(RiskRule.STRATEGY_ORDER_RATE)) {
            rates.record(order.strategyId(), nowMillis);
        }
        if (!replace && limits.enabled(RiskRule.DUPLICATE_ORDER)) {
            duplicates.record(order, nowMillis);
        }
    }

    private RiskDecision killSwitch(OrderRequest order) {
        String scope = killSwitch.blocking(order);
        return scope == null ? RiskDecision.approve() : reject(RiskRule.KILL_SWITCH, "kill switch is on for "
                + scope + " since " + killSwitch.since(scope) + "; a person turns it off with POST /api/risk/kill-switch");
    }

    private RiskDecision priceCollar(RiskTicket ticket) {
        OrderRequest order = ticket.order();
        BigDecimal price = order.price() != null ? order.price() : order.stopPrice();
        if (price == null) {
            return RiskDecision.approve();
        }
        BigDecimal reference = ticket.reference();
        if (reference == null) {
            return reject(RiskRule.PRICE_COLLAR, "price " + text(price) + " cannot be checked: no reference price for "
                    + order.symbol());
        }
        BigDecimal distance = price.subtract(reference).abs().multiply(HUNDRED);
        if (distance.compareTo(limits.priceCollarPercent().multiply(reference)) > 0) {
            BigDecimal deviation = distance.divide(reference, MathContext.DECIMAL64);
            return reject(RiskRule.PRICE_COLLAR, "price " + text(price) + " is " + text(deviation)
                    + "% from the reference " + text(reference) + ", collar " + text(limits.priceCollarPercent()) + "%");
        }
        return RiskDecision.approve();
    }

    private RiskDecision maxNotional(RiskTicket ticket) {
        if (ticket.notional() == null) {
            return reject(RiskRule.MAX_NOTIONAL, "notional of a " + ticket.order().type() + " order for "
                    + ticket.order().symbol() + " is unknown: no quote to price it");
        }
        if (ticket.notional().compareTo(limits.maxNotional()) > 0) {
            return reject(RiskRule.MAX_NOTIONAL, "notional " + text(ticket.notional()) + " exceeds limit "
                    + text(limits.maxNotional()));
        }
        return RiskDecision.approve();
    }

    private RiskDecision maxPosition(OrderRequest order) {
        BigDecimal held = accounts.quantity(order.account(), order.symbol());
        BigDecimal open = exposure.openQuantity(order.account(), order.symbol(), order.side());
        BigDecimal adding = open.add(order.quantity());
        BigDecimal projected = order.side() == Side.BUY ? held.add(adding) : held.subtract(adding);
        if (projected.abs().compareTo(limits.maxPosition()) > 0) {
            return reject(RiskRule.MAX_POSITION, "position in " + order.symbol() + " would reach "
                    + projected.toPlainString() + " (held " + held.toPlainString() + ", open orders "
                    + open.toPlainString() + ", this order " + order.quantity().toPlainString() + "), limit "
                    + limits.maxPosition().toPlainString());
        }
        return RiskDecision.approve();
    }

    private RiskDecision maxGrossExposure(RiskTicket ticket) {
        OrderRequest order = ticket.order();
        BigDecimal positions = accounts.grossValue(order.account());
        BigDecimal open = exposure.openNotional(order.account());
        BigDecimal mine = ticket.notional() == null ? BigDecimal.ZERO : ticket.notional();
        BigDecimal gross = positions.add(open).add(mine);
        if (gross.compareTo(limits.maxGrossExposure()) > 0) {
            return reject(RiskRule.MAX_GROSS_EXPOSURE, "gross exposure " + text(gross) + " exceeds limit "
                    + text(limits.maxGrossExposure()) + " (positions " + text(positions) + ", open orders "
                    + text(open) + ", this order " + text(mine) + ")");
        }
        return RiskDecision.approve();
    }

    private RiskDecision dailyLoss(OrderRequest order) {
        BigDecimal pnl = accounts.dailyPnl(order.account());
        if (pnl.negate().compareTo(limits.dailyLossLimit()) < 0 || reducesPosition(order)) {
            return RiskDecision.approve();
        }
        return reject(RiskRule.DAILY_LOSS_LIMIT, "daily P&L " + text(pnl) + " of account " + order.account()
                + " breaches loss limit " + text(limits.dailyLossLimit())
                + "; only orders that reduce a position are accepted");
    }

    private boolean reducesPosition(OrderRequest order) {
        BigDecimal held = accounts.quantity(order.account(), order.symbol());
        if (held.signum() == 0 || held.signum() == (order.side() == Side.BUY ? 1 : -1)) {
            return false;
        }
        BigDecimal closing = exposure.openQuantity(order.account(), order.symbol(), order.side())
                .add(order.quantity());
        return closing.compareTo(held.abs()) <= 0;
    }

    private RiskDecision strategyRate(OrderRequest order, long nowMillis) {
        if (rates.full(order.strategyId(), nowMillis)) {
            int count = rates.countInWindow(order.strategyId(), nowMillis);
            return reject(RiskRule.STRATEGY_ORDER_RATE, "strategy " + StrategyRateWindow.key(order.strategyId())
                    + " sent " + count + " orders in the last second, limit " + rates.limit() + " per second");
        }
        return RiskDecision.approve();
    }

    private RiskDecision duplicate(OrderRequest order, long nowMillis) {
        DuplicateDetector.Match match = duplicates.find(order, nowMillis);
        if (match == null) {
            return RiskDecision.approve();
        }
        return reject(RiskRule.DUPLICATE_ORDER, "same account, strategy, broker, symbol, side, type, quantity and price as order "
                + match.orderId() + " " + match.ageMillis() + " ms ago (duplicate window "
                + duplicates.windowMillis() + " ms); send a clientOrderId to retry safely");
    }

    private static RiskDecision reject(RiskRule rule, String reason) {
        return RiskDecision.reject(rule.key(), reason);
    }
}
