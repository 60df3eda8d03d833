package io.dto.gateway.market;

import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.gateway.account.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The last quote of each symbol ({@code md.quote.<SYMBOL>}): the reference the risk gate checks prices against and
 * the mark positions are valued at. Prices are converted to money once per quote, not once per order. Touched only
 * on the order manager's context.
 */
public final class QuoteBook {

    /** A quote's prices as money. */
    private record Prices(BigDecimal bid, BigDecimal ask, BigDecimal mid) {
    }

    private final Map<String, Prices> last = new HashMap<>();

    public void onQuote(Quote quote) {
        last.put(quote.symbol(), new Prices(Money.price(quote.bid()), Money.price(quote.ask()),
                Money.price(quote.mid())));
    }

    /** The mid of the last quote, or {@code null} when there is none. */
    public BigDecimal mid(String symbol) {
        Prices prices = last.get(symbol);
        return prices == null ? null : prices.mid();
    }

    /** The price an order of this side would trade at now: the ask for a buy, the bid for a sell; null if unknown. */
    public BigDecimal touch(String symbol, Side side) {
        Prices prices = last.get(symbol);
        if (prices == null) {
            return null;
        }
        return side == Side.BUY ? prices.ask() : prices.bid();
    }
}
