package io.dto.gateway.risk;

import io.dto.api.message.OrderRequest;
import io.dto.gateway.market.QuoteBook;
import java.math.BigDecimal;

/**
 * The figures the checks share for one order, computed once: the reference price (quote mid), the price the order
 * counts at (limit, stop, or the far touch for a market order) and its notional. One instance is reused by the
 * gate for every order.
 */
public final class RiskTicket {

    private OrderRequest order;
    private BigDecimal reference;
    private BigDecimal riskPrice;
    private BigDecimal notional;

    void prepare(OrderRequest next, QuoteBook quotes) {
        order = next;
        reference = quotes.mid(next.symbol());
        riskPrice = switch (next.type()) {
            case LIMIT, STOP_LIMIT -> next.price();
            case STOP -> next.stopPrice();
            case MARKET -> quotes.touch(next.symbol(), next.side());
        };
        notional = riskPrice == null ? null : riskPrice.multiply(next.quantity());
    }

    public OrderRequest order() {
        return order;
    }

    /** The quote mid, or {@code null} when no quote (or a NaN one) has arrived. */
    public BigDecimal reference() {
        return reference;
    }

    /** The price the order's open quantity counts at, or {@code null} for a market order without a quote. */
    public BigDecimal riskPrice() {
        return riskPrice;
    }

    public BigDecimal notional() {
        return notional;
    }
}
