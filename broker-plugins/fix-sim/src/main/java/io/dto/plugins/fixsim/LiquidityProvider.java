package io.dto.plugins.fixsim;

import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fixsim.book.BookEvent;
import io.dto.plugins.fixsim.book.NewOrder;
import io.dto.plugins.fixsim.book.OrderBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps resting bid and ask orders in each book around the latest reference quote, so marketable orders find
 * someone to trade with. Each refresh withdraws the previous quotes and places new ones; a new quote that crosses
 * a counterparty's resting order trades with it, as a market maker's would.
 *
 * <p>Not thread-safe: used on the engine thread, with the books.
 */
public final class LiquidityProvider {

    private static final BigDecimal TEN_THOUSAND_TIMES_TWO = BigDecimal.valueOf(20_000);

    private record Inside(BigDecimal bid, BigDecimal ask) {
    }

    private final LiquidityConfig config;
    private final Map<String, List<String>> quoteIds = new HashMap<>();
    private long lastId;

    public LiquidityProvider(LiquidityConfig config) {
        this.config = config;
    }

    /**
     * Replaces this provider's orders in {@code book} with fresh ones around {@code bid}/{@code ask}.
     *
     * @return the book's events: the withdrawals, the new orders and any trades they made
     */
    public List<BookEvent> refresh(OrderBook book, BigDecimal bid, BigDecimal ask) {
        List<BookEvent> events = withdraw(book);
        if (!config.enabled()) {
            return events;
        }
        Inside inside = insidePrices(bid, ask);
        List<String> placed = new ArrayList<>();
        for (int level = 0; level < config.levels(); level++) {
            BigDecimal offset = config.tick().multiply(BigDecimal.valueOf(level));
            place(book, Side.BUY, inside.bid().subtract(offset), placed, events);
            place(book, Side.SELL, inside.ask().add(offset), placed, events);
        }
        quoteIds.put(book.symbol(), placed);
        return events;
    }

    /** Cancels this provider's orders in {@code book}; those already filled are simply gone. */
    public List<BookEvent> withdraw(OrderBook book) {
        List<BookEvent> events = new ArrayList<>();
        for (String id : quoteIds.getOrDefault(book.symbol(), List.of())) {
            if (book.find(id).isPresent()) {
                events.addAll(book.cancel(id));
            }
        }
        quoteIds.remove(book.symbol());
        return events;
    }

    /** Forgets every quote, for a reset that has already emptied the books. */
    public void forgetAll() {
        quoteIds.clear();
    }

    private void place(OrderBook book, Side side, BigDecimal price, List<String> placed, List<BookEvent> events) {
        if (price.signum() <= 0) {
            return;
        }
        String id = "LP-" + book.symbol() + "-" + ++lastId;
        placed.add(id);
        events.addAll(book.submit(NewOrder.limit(id, side, price, config.size(), TimeInForce.DAY)));
    }

    /** The best bid and ask to quote: the reference, widened to the minimum spread, rounded outwards to ticks. */
    private Inside insidePrices(BigDecimal bid, BigDecimal ask) {
        BigDecimal mid = bid.add(ask).divide(BigDecimal.valueOf(2));
        BigDecimal halfSpread = mid.multiply(config.minSpreadBps()).divide(TEN_THOUSAND_TIMES_TWO);
        BigDecimal quoteBid = toTick(bid.min(mid.subtract(halfSpread)), RoundingMode.FLOOR);
        BigDecimal quoteAsk = toTick(ask.max(mid.add(halfSpread)), RoundingMode.CEILING);
        if (quoteAsk.compareTo(quoteBid) <= 0) {
            quoteAsk = quoteBid.add(config.tick());
        }
        return new Inside(quoteBid, quoteAsk);
    }

    private BigDecimal toTick(BigDecimal price, RoundingMode mode) {
        return price.divide(config.tick(), 0, mode).multiply(config.tick());
    }
}
