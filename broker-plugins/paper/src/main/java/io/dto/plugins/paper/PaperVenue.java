package io.dto.plugins.paper;

import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Quote;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The paper venue's matching: orders against the last quote of their symbol, every state change reported.
 *
 * <ul>
 *   <li>Aggressive executions (on arrival, after a replace, when a stop triggers, a market order's remainder) take
 *       the touch: a buy the ask, a sell the bid. A resting limit order that a later quote crosses fills at its own
 *       limit price, as the passive side of the trade.</li>
 *   <li>With {@code limitToDisplayedSize}, one quote's displayed size is shared by all fills until the next quote.</li>
 *   <li>Stops trigger on the quote (a buy stop when the ask reaches the stop price, a sell stop when the bid does) and
 *       then act as a market (STOP) or limit (STOP_LIMIT) order arriving at that moment.</li>
 *   <li>IOC cancels what it cannot fill at once; FOK fills in full at once or is canceled unfilled. For a stop, "at
 *       once" is when it triggers.</li>
 * </ul>
 *
 * <p>Errors a caller can act on (unknown order, bad replace) are thrown as {@link IllegalArgumentException} or
 * {@link IllegalStateException}. Not thread-safe: used on the broker's context only.
 */
final class PaperVenue {

    private static final int REMEMBERED_FINISHED_ORDERS = 10_000;

    private final boolean limitToDisplayedSize;
    private final ExecutionReports reports;
    private final Consumer<ExecutionReport> out;
    private final InstantSource clock;
    private final Map<String, PaperOrder> open = new LinkedHashMap<>();
    private final Map<String, PaperOrder> finished = bounded();
    private final Map<String, String> replacedBy = bounded();
    private final Map<String, TopOfBook> books = new HashMap<>();

    PaperVenue(boolean limitToDisplayedSize, ExecutionReports reports, Consumer<ExecutionReport> out,
            InstantSource clock) {
        this.limitToDisplayedSize = limitToDisplayedSize;
        this.reports = reports;
        this.out = out;
        this.clock = clock;
    }

    /** A new order: rejected, or acknowledged and executed as far as the current quote allows. */
    void accept(OrderRequest request) {
        if (knows(request.id())) {
            out.accept(reports.rejected(request, null, "duplicate order id " + request.id() + ": every order "
                    + "needs a new ClOrdID", clock.instant()));
            return;
        }
        PaperOrder order = new PaperOrder(request, reports.nextBrokerOrderId());
        if (request.type() == OrderType.MARKET && !books.containsKey(request.symbol())) {
            order.status = OrderStatus.REJECTED;
            finished.put(order.id, order);
            out.accept(reports.rejected(request, order.brokerOrderId, "no quote for " + request.symbol()
                    + " yet: a paper market order fills at the live quote and none has arrived (stream "
                    + request.symbol() + " quotes from a data provider, or send a limit order)", clock.instant()));
            return;
        }
        open.put(order.id, order);
        report(order, order.id, null, ExecType.NEW, null, null, null);
        work(order, true);
    }

    /** A new quote: its displayed size is fresh, and every open order of the symbol is worked against it. */
    void onQuote(Quote quote) {
        books.put(quote.symbol(), new TopOfBook(quote));
        List<PaperOrder> candidates = open.values().stream().filter(o -> o.symbol.equals(quote.symbol())).toList();
        for (PaperOrder order : candidates) {
            if (!order.status.isTerminal()) {
                work(order, false);
            }
        }
    }

    void cancel(CancelRequest request) {
        PaperOrder order = requireOpen(request.orderId(), "canceled");
        order.status = OrderStatus.CANCELED;
        finish(order);
        report(order, request.cancelId() != null ? request.cancelId() : order.id, request.orderId(),
                ExecType.CANCELED, null, null, request.reason());
    }

    /** Applies a cancel/replace; the replacement then works like a new arrival (IOC/FOK, marketable at the touch). */
    void replace(ReplaceRequest request) {
        PaperOrder order = requireOpen(request.orderId(), "replaced");
        String newId = request.newOrderId();
        if (newId == null || newId.isBlank()) {
            throw new IllegalArgumentException("a replace needs newOrderId, the ClOrdID of the replacement");
        }
        if (knows(newId)) {
            throw new IllegalArgumentException("order id " + newId + " is already in use; a replacement needs a new "
                    + "ClOrdID");
        }
        if (request.side() != null && sellSide(request.side()) != sellSide(order.side)) {
            throw new IllegalArgumentException("the side of order " + order.id + " (" + order.side + ") cannot "
                    + "change in a replace; cancel it and send a new order");
        }
        if (request.symbol() != null && !request.symbol().equals(order.symbol)) {
            throw new IllegalArgumentException("the symbol of order " + order.id + " (" + order.symbol + ") cannot "
                    + "change in a replace");
        }
        OrderRequest replacement = replacementOf(order, request);
        if (replacement.quantity().compareTo(order.filled) <= 0) {
            throw new IllegalArgumentException("new quantity " + replacement.quantity().toPlainString() + " must be "
                    + "above the " + order.filled.toPlainString() + " already filled; cancel the order instead");
        }
        String oldId = order.id;
        open.remove(oldId);
        replacedBy.put(oldId, newId);
        if (replacement.type() != order.type) {
            order.triggered = false;
        }
        order.id = newId;
        order.type = replacement.type();
        order.quantity = replacement.quantity();
        order.price = replacement.price();
        order.stopPrice = replacement.stopPrice();
        order.timeInForce = replacement.timeInForce();
        order.status = order.workingStatus();
        open.put(newId, order);
        report(order, newId, oldId, ExecType.REPLACED, null, null, null);
        work(order, true);
    }

    /** Reports the current state of an order (FIX OrderStatusRequest). */
    void status(String orderId) {
        PaperOrder order = open.containsKey(orderId) ? open.get(orderId) : finished.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException(replacedBy.containsKey(orderId)
                    ? "order " + orderId + " was replaced by " + replacedBy.get(orderId) + "; ask for that one"
                    : "unknown order " + orderId);
        }
        report(order, order.id, null, ExecType.ORDER_STATUS, null, null, null);
    }

    /** Cancels every open order with this reason (the broker is going away). */
    void cancelAll(String reason) {
        for (PaperOrder order : List.copyOf(open.values())) {
            order.status = OrderStatus.CANCELED;
            finish(order);
            report(order, order.id, null, ExecType.CANCELED, null, null, reason);
        }
    }

    int openOrders() {
        return open.size();
    }

    /** Executes what the book allows now; {@code arriving} for a new, replaced or just-triggered order. */
    private void work(PaperOrder order, boolean arriving) {
        TopOfBook book = books.get(order.symbol);
        if (!order.active()) {
            if (book == null || !book.triggers(order)) {
                return;
            }
            order.triggered = true;
            arriving = true;
        }
        if (arriving && order.timeInForce == TimeInForce.FOK && !canFillInFull(order, book)) {
            BigDecimal wanted = order.leaves();
            order.status = OrderStatus.CANCELED;
            finish(order);
            report(order, order.id, null, ExecType.CANCELED, null, null, "FOK: " + wanted.toPlainString()
                    + " cannot be filled in full at once, so none is");
            return;
        }
        if (book != null && book.marketable(order)) {
            BigDecimal price = arriving || order.limit() == null ? book.touch(order) : order.limit();
            BigDecimal quantity = limitToDisplayedSize ? order.leaves().min(book.available(order)) : order.leaves();
            if (quantity.signum() > 0) {
                book.consume(order, quantity);
                order.fill(quantity, price);
                if (order.status.isTerminal()) {
                    finish(order);
                }
                report(order, order.id, null, ExecType.TRADE, quantity, price, null);
            }
        }
        if (arriving && order.timeInForce == TimeInForce.IOC && !order.status.isTerminal()) {
            BigDecimal unfilled = order.leaves();
            order.status = OrderStatus.CANCELED;
            finish(order);
            report(order, order.id, null, ExecType.CANCELED, null, null, "IOC: unfilled remainder of "
                    + unfilled.toPlainString() + " canceled" + (book == null ? " (no quote for " + order.symbol
                    + " yet)" : ""));
        }
    }

    private boolean canFillInFull(PaperOrder order, TopOfBook book) {
        return book != null && book.marketable(order)
                && (!limitToDisplayedSize || book.available(order).compareTo(order.leaves()) >= 0);
    }

    private PaperOrder requireOpen(String orderId, String action) {
        PaperOrder order = open.get(orderId);
        if (order != null) {
            return order;
        }
        if (finished.containsKey(orderId)) {
            throw new IllegalStateException("order " + orderId + " is " + finished.get(orderId).status
                    + ": only open orders can be " + action);
        }
        if (replacedBy.containsKey(orderId)) {
            throw new IllegalStateException("order " + orderId + " was replaced by " + replacedBy.get(orderId)
                    + ": use that id");
        }
        throw new IllegalArgumentException("unknown order " + orderId);
    }

    private boolean knows(String orderId) {
        return open.containsKey(orderId) || finished.containsKey(orderId) || replacedBy.containsKey(orderId);
    }

    private void finish(PaperOrder order) {
        open.remove(order.id);
        finished.put(order.id, order);
    }

    private void report(PaperOrder order, String orderId, String origOrderId, ExecType type, BigDecimal lastQuantity,
            BigDecimal lastPrice, String text) {
        out.accept(reports.of(order, orderId, origOrderId, type, lastQuantity, lastPrice, text, clock.instant()));
    }

    /** The order after the replace, validated as a new order would be (prices the type needs, positive values). */
    private static OrderRequest replacementOf(PaperOrder order, ReplaceRequest request) {
        OrderType type = request.type() != null ? request.type() : order.type;
        BigDecimal quantity = request.quantity() != null ? request.quantity() : order.quantity;
        BigDecimal price = !type.needsLimitPrice() ? null : request.price() != null ? request.price() : order.price;
        BigDecimal stop = !type.needsStopPrice() ? null
                : request.stopPrice() != null ? request.stopPrice() : order.stopPrice;
        TimeInForce timeInForce = request.timeInForce() != null ? request.timeInForce() : order.timeInForce;
        return new OrderRequest(request.newOrderId(), null, null, null, null, order.symbol, order.side, type,
                quantity, price, stop, timeInForce);
    }

    private static boolean sellSide(Side side) {
        return side != Side.BUY;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED_FINISHED_ORDERS;
            }
        };
    }
}
