package io.dto.plugins.fixsim.book;

import io.dto.api.message.OrderType;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A price-time priority limit order book for one symbol. Every operation returns what happened as a list of
 * {@link BookEvent}s, in order; the book calls nothing back.
 *
 * <p>Trades print at the resting order's price. Limit orders with DAY or GTC rest; IOC trades what it can and
 * cancels the rest; FOK trades in full or not at all; a market order never rests, whatever is left of it is
 * canceled. The book keeps only live orders: a filled or canceled order is forgotten.
 *
 * <p>Not thread-safe: the owner confines a book to one thread.
 */
public final class OrderBook {

    private final String symbol;
    private final BookSide bids = BookSide.bids();
    private final BookSide asks = BookSide.asks();
    private final Map<String, LiveOrder> live = new HashMap<>();
    private long lastMatchId;

    public OrderBook(String symbol) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
    }

    public String symbol() {
        return symbol;
    }

    /** Validates the order, matches it against the other side and rests, cancels or rejects what is left. */
    public List<BookEvent> submit(NewOrder request) {
        if (live.containsKey(request.orderId())) {
            throw new IllegalArgumentException("order id " + request.orderId() + " is already live in " + symbol);
        }
        List<BookEvent> events = new ArrayList<>();
        LiveOrder order = new LiveOrder(symbol, request);
        Optional<BookEvent> rejection = validate(request, order);
        if (rejection.isPresent()) {
            events.add(rejection.get());
            return events;
        }
        events.add(new BookEvent.Accepted(order.view()));
        if (order.timeInForce() == TimeInForce.FOK && opposite(order).available(order, order.orderQty())
                < order.orderQty()) {
            cancel(order, "FOK order canceled: not enough liquidity to fill " + order.orderQty(), events);
            return events;
        }
        match(order, events);
        restOrCancelRemainder(order, events);
        return events;
    }

    /** Cancels a live order; a request for an order that is not live is refused. */
    public List<BookEvent> cancel(String orderId) {
        LiveOrder order = live.get(orderId);
        if (order == null) {
            return List.of(notLive(orderId));
        }
        List<BookEvent> events = new ArrayList<>();
        own(order).remove(order);
        cancel(order, "canceled by request", events);
        return events;
    }

    /**
     * Changes a resting order's price and total quantity. A new price or a larger quantity sends the order to the
     * back of its new level (and may make it trade at once); a smaller quantity at the same price keeps its place.
     *
     * @param newQty the new total quantity, filled part included; must exceed what is already filled
     */
    public List<BookEvent> replace(String orderId, long newQty, BigDecimal newPrice) {
        LiveOrder order = live.get(orderId);
        if (order == null) {
            return List.of(notLive(orderId));
        }
        if (newPrice == null || newPrice.signum() <= 0) {
            return List.of(new BookEvent.CancelRejected(orderId, CancelRejectReason.INVALID_REQUEST,
                    "a replace needs a positive limit price"));
        }
        if (newQty <= order.cumQty()) {
            return List.of(new BookEvent.CancelRejected(orderId, CancelRejectReason.INVALID_REQUEST,
                    "new quantity " + newQty + " must exceed the filled quantity " + order.cumQty()));
        }
        List<BookEvent> events = new ArrayList<>();
        boolean losesPriority = newPrice.compareTo(order.price()) != 0 || newQty > order.orderQty();
        if (losesPriority) {
            own(order).remove(order);
            order.amend(newQty, newPrice);
            events.add(new BookEvent.Replaced(order.view()));
            match(order, events);
            restOrCancelRemainder(order, events);
        } else {
            order.amend(newQty, newPrice);
            events.add(new BookEvent.Replaced(order.view()));
        }
        return events;
    }

    /** Cancels every live order, for instance when the venue is reset. */
    public List<BookEvent> cancelAll(String reason) {
        List<BookEvent> events = new ArrayList<>();
        for (LiveOrder order : List.copyOf(live.values())) {
            cancel(order, reason, events);
        }
        bids.clear();
        asks.clear();
        return events;
    }

    public Optional<OrderView> find(String orderId) {
        return Optional.ofNullable(live.get(orderId)).map(LiveOrder::view);
    }

    public BookSnapshot snapshot(int depth) {
        return new BookSnapshot(symbol, bids.top(depth), asks.top(depth));
    }

    public int liveOrders() {
        return live.size();
    }

    private Optional<BookEvent> validate(NewOrder request, LiveOrder order) {
        if (request.type() != OrderType.LIMIT && request.type() != OrderType.MARKET) {
            return reject(order, RejectReason.UNSUPPORTED_ORDER_TYPE,
                    "order type " + request.type() + " is not supported; use MARKET or LIMIT");
        }
        if (request.quantity() <= 0) {
            return reject(order, RejectReason.INCORRECT_QUANTITY,
                    "order quantity must be positive, got " + request.quantity());
        }
        if (request.type() == OrderType.LIMIT && request.price() == null) {
            return reject(order, RejectReason.MISSING_PRICE, "a limit order needs a price");
        }
        if (request.type() == OrderType.LIMIT && request.price().signum() <= 0) {
            return reject(order, RejectReason.INVALID_PRICE,
                    "limit price must be positive, got " + request.price().toPlainString());
        }
        return Optional.empty();
    }

    private static Optional<BookEvent> reject(LiveOrder order, RejectReason reason, String text) {
        OrderView v = order.view();
        OrderView rejected = OrderView.rejected(v.orderId(), v.symbol(), v.side(), v.type(), v.price(),
                v.timeInForce(), v.orderQty());
        return Optional.of(new BookEvent.Rejected(rejected, reason, text));
    }

    private void match(LiveOrder taker, List<BookEvent> events) {
        BookSide makers = opposite(taker);
        while (taker.leavesQty() > 0) {
            LiveOrder maker = makers.first();
            if (maker == null || !taker.crosses(maker.price())) {
                return;
            }
            long qty = Math.min(taker.leavesQty(), maker.leavesQty());
            BigDecimal px = maker.price();
            taker.fill(qty, px);
            maker.fill(qty, px);
            if (maker.leavesQty() == 0) {
                makers.remove(maker);
                live.remove(maker.orderId());
            }
            long matchId = ++lastMatchId;
            events.add(new BookEvent.Traded(taker.view(), qty, px, matchId));
            events.add(new BookEvent.Traded(maker.view(), qty, px, matchId));
        }
    }

    private void restOrCancelRemainder(LiveOrder order, List<BookEvent> events) {
        if (order.leavesQty() == 0) {
            live.remove(order.orderId());
        } else if (order.isMarket()) {
            cancel(order, "market order: no liquidity left for the remaining " + order.leavesQty(), events);
        } else if (order.timeInForce() == TimeInForce.IOC) {
            cancel(order, "IOC remainder of " + order.leavesQty() + " canceled", events);
        } else {
            own(order).add(order);
            live.put(order.orderId(), order);
        }
    }

    private void cancel(LiveOrder order, String reason, List<BookEvent> events) {
        order.cancel();
        live.remove(order.orderId());
        events.add(new BookEvent.Canceled(order.view(), reason));
    }

    private BookEvent notLive(String orderId) {
        return new BookEvent.CancelRejected(orderId, CancelRejectReason.UNKNOWN_ORDER,
                "order " + orderId + " is not live in the " + symbol + " book (unknown, filled or canceled)");
    }

    private BookSide own(LiveOrder order) {
        return order.isBuy() ? bids : asks;
    }

    private BookSide opposite(LiveOrder order) {
        return order.isBuy() ? asks : bids;
    }
}
