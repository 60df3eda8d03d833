package io.dto.gateway.market;

import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import java.util.HashMap;
import java.util.Map;

/**
 * The last quote of each symbol ({@code md.quote.<SYMBOL>}): the reference the risk gate checks prices against and
 * the mark positions are valued at. Touched only on the order manager's context.
 */
public final class QuoteBook {

    private final Map<String, Quote> last = new HashMap<>();

    public void onQuote(Quote quote) {
        last.put(quote.symbol(), quote);
    }

    /** The last quote, or {@code null} when none has arrived. */
    public Quote last(String symbol) {
        return last.get(symbol);
    }

    /** The mid of the last quote, or NaN when there is none. */
    public double mid(String symbol) {
        Quote quote = last.get(symbol);
        return quote == null ? Double.NaN : quote.mid();
    }

    /** The price an order of this side would trade at now: the ask for a buy, the bid for a sell; NaN if unknown. */
    public double touch(String symbol, Side side) {
        Quote quote = last.get(symbol);
        if (quote == null) {
            return Double.NaN;
        }
        return side == Side.BUY ? quote.ask() : quote.bid();
    }
}
