package io.dto.plugins.paper;

import io.dto.api.message.Quote;
import java.math.BigDecimal;

/**
 * The last quote of one symbol and how much of its displayed size fills have used up: until the next quote, all
 * orders share the displayed size. Not thread-safe: used on the broker's context only.
 */
final class TopOfBook {

    private final Quote quote;
    private long bidLeft;
    private long askLeft;

    TopOfBook(Quote quote) {
        this.quote = quote;
        this.bidLeft = quote.bidSize();
        this.askLeft = quote.askSize();
    }

    Quote quote() {
        return quote;
    }

    /** The price an aggressive order of this side takes: the ask for a buy, the bid for a sell. */
    BigDecimal touch(PaperOrder order) {
        return BigDecimal.valueOf(order.isBuy() ? quote.ask() : quote.bid());
    }

    /** What is left to take on the side this order trades against. */
    BigDecimal available(PaperOrder order) {
        return BigDecimal.valueOf(order.isBuy() ? askLeft : bidLeft);
    }

    void consume(PaperOrder order, BigDecimal quantity) {
        long taken = quantity.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        if (order.isBuy()) {
            askLeft = Math.max(0, askLeft - taken);
        } else {
            bidLeft = Math.max(0, bidLeft - taken);
        }
    }

    /** A buy stop triggers when the ask reaches its stop price, a sell stop when the bid does. */
    boolean triggers(PaperOrder order) {
        return order.isBuy() ? touch(order).compareTo(order.stopPrice) >= 0
                : touch(order).compareTo(order.stopPrice) <= 0;
    }

    /** Whether the order would trade at the touch now: any price for a market order, else its limit crossing it. */
    boolean marketable(PaperOrder order) {
        BigDecimal limit = order.limit();
        if (limit == null) {
            return true;
        }
        return order.isBuy() ? touch(order).compareTo(limit) <= 0 : touch(order).compareTo(limit) >= 0;
    }
}
