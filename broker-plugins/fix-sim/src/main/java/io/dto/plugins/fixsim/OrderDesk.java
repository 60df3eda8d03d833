package io.dto.plugins.fixsim;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.Side;
import io.dto.plugins.fixsim.VenueReport.CancelReject;
import io.dto.plugins.fixsim.VenueReport.Execution;
import io.dto.plugins.fixsim.VenueReport.MassStatusPart;
import io.dto.plugins.fixsim.book.BookEvent;
import io.dto.plugins.fixsim.book.CancelRejectReason;
import io.dto.plugins.fixsim.book.NewOrder;
import io.dto.plugins.fixsim.book.OrderBook;
import io.dto.plugins.fixsim.book.OrderView;
import io.dto.plugins.fixsim.book.RejectReason;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import quickfix.SessionID;

/**
 * Turns counterparty requests into book operations and book events into reports for the sessions that own the
 * orders. Events of orders that no counterparty owns (the liquidity provider's) produce no report.
 * Confined to the engine thread, like the books it works on.
 */
final class OrderDesk {

    private static final String NONE = "NONE";

    private record Refusal(RejectReason reason, String text) {
    }

    private final Map<String, OrderBook> books;
    private final ClientOrders orders = new ClientOrders();
    private final IdGenerator ids;
    private final InstantSource clock;
    private final Consumer<VenueReport> reports;

    OrderDesk(Map<String, OrderBook> books, IdGenerator ids, InstantSource clock,
            Consumer<VenueReport> reports) {
        this.books = books;
        this.ids = ids;
        this.clock = clock;
        this.reports = reports;
    }

    void onNewOrder(ClientRequest.NewOrder request) {
        String orderId = ids.nextOrderId();
        OrderView refused = OrderView.rejected(orderId, request.symbol(), request.side(), request.type(),
                request.price(), request.timeInForce(), wholeQuantity(request.quantity()).orElse(0L));
        if (orders.contains(request.session(), request.clOrdId())) {
            execution(request.session(), ExecKind.REJECTED, request.clOrdId(), null, refused,
                    RejectReason.DUPLICATE_ORDER, "duplicate ClOrdID " + request.clOrdId());
            return;
        }
        ClientOrder order = new ClientOrder(request.session(), request.clOrdId(), refused);
        orders.add(order);
        Optional<Refusal> refusal = refusal(request);
        if (refusal.isPresent()) {
            update(order, ExecKind.REJECTED, refused, refusal.get().reason(), refusal.get().text());
            return;
        }
        apply(books.get(request.symbol()).submit(new NewOrder(orderId, request.side(), request.type(),
                request.price(), wholeQuantity(request.quantity()).orElseThrow(), request.timeInForce())));
    }

    void onCancel(ClientRequest.Cancel request) {
        Optional<ClientOrder> found = liveOrRefuse(request.session(), request.clOrdId(), request.origClOrdId(),
                request.orderId(), false);
        if (found.isEmpty()) {
            return;
        }
        ClientOrder order = found.get();
        List<BookEvent> events = books.get(order.view().symbol()).cancel(order.orderId());
        if (!refused(events, request.session(), request.clOrdId(), request.origClOrdId(), order, false)) {
            orders.rename(order, request.clOrdId());
            apply(events);
        }
    }

    void onReplace(ClientRequest.Replace request) {
        Optional<ClientOrder> found = liveOrRefuse(request.session(), request.clOrdId(), request.origClOrdId(),
                request.orderId(), true);
        if (found.isEmpty()) {
            return;
        }
        ClientOrder order = found.get();
        Optional<Long> qty = wholeQuantity(request.quantity());
        if (qty.isEmpty()) {
            reports.accept(cancelReject(request.session(), order, request.clOrdId(), request.origClOrdId(), true,
                    CancelRejectReason.INVALID_REQUEST, "new quantity must be a positive whole number"));
            return;
        }
        List<BookEvent> events = books.get(order.view().symbol()).replace(order.orderId(), qty.get(),
                request.price());
        if (!refused(events, request.session(), request.clOrdId(), request.origClOrdId(), order, true)) {
            orders.rename(order, request.clOrdId());
            apply(events);
        }
    }

    void onStatus(ClientRequest.Status request) {
        Optional<ClientOrder> found = orders.find(request.session(), request.clOrdId(), request.orderId());
        if (found.isPresent()) {
            ClientOrder order = found.get();
            execution(order.session(), ExecKind.STATUS, order.clOrdId(), null, order.view(), null, null);
            return;
        }
        OrderView unknown = OrderView.rejected(NONE, request.symbol(), request.side(), null, null, null, 0);
        execution(request.session(), ExecKind.STATUS, request.clOrdId(), null, unknown,
                RejectReason.UNKNOWN_ORDER, "unknown order " + describe(request.clOrdId(), request.orderId()));
    }

    /**
     * Answers with the status of every live order of the session that matches; with none, one report with
     * OrderID {@code NONE} and TotNumReports 0, so the counterparty is not left waiting.
     */
    void onMassStatus(ClientRequest.MassStatus request) {
        List<ClientOrder> matching = orders.liveOrders(request.session()).stream()
                .filter(o -> request.symbol() == null || request.symbol().equals(o.view().symbol()))
                .filter(o -> request.side() == null || request.side() == o.view().side())
                .toList();
        if (matching.isEmpty()) {
            OrderView none = OrderView.rejected(NONE, request.symbol() == null ? NONE : request.symbol(),
                    request.side() == null ? Side.BUY : request.side(), null, null, null, 0);
            reports.accept(new MassStatusPart(statusReport(request.session(), null, none, "no live orders match"),
                    request.massStatusReqId(), 0, true));
            return;
        }
        for (int i = 0; i < matching.size(); i++) {
            ClientOrder order = matching.get(i);
            reports.accept(new MassStatusPart(statusReport(order.session(), order.clOrdId(), order.view(), null),
                    request.massStatusReqId(), matching.size(), i == matching.size() - 1));
        }
    }

    /** The latest state of a session's order, by any ClOrdID it has had. */
    Optional<OrderView> find(SessionID session, String clOrdId) {
        return orders.find(session, clOrdId, null).map(ClientOrder::view);
    }

    /** Reports every event that concerns a counterparty order, updating what the venue remembers of it. */
    void apply(List<BookEvent> events) {
        for (BookEvent event : events) {
            orders.byOrderId(event.orderId()).ifPresent(order -> report(order, event));
        }
    }

    /** Cancels every live order (reporting each) and forgets every counterparty order. */
    void reset() {
        books.values().forEach(book -> apply(book.cancelAll("venue reset")));
        orders.clear();
    }

    int ordersSeen() {
        return orders.size();
    }

    Map<OrderStatus, Integer> ordersByStatus() {
        return orders.countByStatus();
    }

    private void report(ClientOrder order, BookEvent event) {
        if (event instanceof BookEvent.Accepted e) {
            update(order, ExecKind.NEW, e.order(), null, null);
        } else if (event instanceof BookEvent.Traded e) {
            order.update(e.order());
            reports.accept(new Execution(order.session(), ids.nextExecId(), ExecKind.TRADE, order.clOrdId(), null,
                    e.order(), e.lastQty(), e.lastPx(), null, null, clock.instant()));
        } else if (event instanceof BookEvent.Canceled e) {
            update(order, ExecKind.CANCELED, e.order(), null, e.reason());
        } else if (event instanceof BookEvent.Replaced e) {
            update(order, ExecKind.REPLACED, e.order(), null, null);
        } else if (event instanceof BookEvent.Rejected e) {
            update(order, ExecKind.REJECTED, e.order(), e.reason(), e.text());
        }
        // A CancelRejected is answered by onCancel/onReplace before apply() sees the events.
    }

    private void update(ClientOrder order, ExecKind kind, OrderView view, RejectReason reason, String text) {
        order.update(view);
        boolean confirmsRequest = kind == ExecKind.REPLACED
                || kind == ExecKind.CANCELED && order.origClOrdId() != null;
        execution(order.session(), kind, order.clOrdId(), confirmsRequest ? order.origClOrdId() : null, view,
                reason, text);
    }

    private Execution statusReport(SessionID session, String clOrdId, OrderView view, String text) {
        return new Execution(session, ids.nextExecId(), ExecKind.STATUS, clOrdId, null, view, 0, null, null, text,
                clock.instant());
    }

    private void execution(SessionID session, ExecKind kind, String clOrdId, String origClOrdId,
            OrderView view, RejectReason reason, String text) {
        reports.accept(new Execution(session, ids.nextExecId(), kind, clOrdId, origClOrdId, view, 0, null, reason,
                text, clock.instant()));
    }

    private Optional<ClientOrder> liveOrRefuse(SessionID session, String clOrdId, String origClOrdId,
            String orderId, boolean forReplace) {
        Optional<ClientOrder> found = orders.find(session, origClOrdId, orderId);
        if (found.isEmpty()) {
            reports.accept(new CancelReject(session, orderId == null ? NONE : orderId, clOrdId, origClOrdId,
                    OrderStatus.REJECTED, forReplace, CancelRejectReason.UNKNOWN_ORDER,
                    "unknown order " + describe(origClOrdId, orderId)));
        } else if (!found.get().view().isLive()) {
            ClientOrder order = found.get();
            reports.accept(cancelReject(session, order, clOrdId, origClOrdId, forReplace,
                    CancelRejectReason.TOO_LATE_TO_CANCEL, "too late: order is " + order.view().status()));
            return Optional.empty();
        }
        return found;
    }

    /** Answers a refusal from the book with an OrderCancelReject; true when there was one. */
    private boolean refused(List<BookEvent> events, SessionID session, String clOrdId, String origClOrdId,
            ClientOrder order, boolean forReplace) {
        if (!events.isEmpty() && events.get(0) instanceof BookEvent.CancelRejected rejected) {
            reports.accept(cancelReject(session, order, clOrdId, origClOrdId, forReplace, rejected.reason(),
                    rejected.text()));
            return true;
        }
        return false;
    }

    private static CancelReject cancelReject(SessionID session, ClientOrder order, String clOrdId,
            String origClOrdId, boolean forReplace, CancelRejectReason reason, String text) {
        return new CancelReject(session, order.orderId(), clOrdId,
                origClOrdId == null ? order.clOrdId() : origClOrdId, order.view().status(), forReplace, reason,
                text);
    }

    private Optional<Refusal> refusal(ClientRequest.NewOrder request) {
        if (!books.containsKey(request.symbol())) {
            return Optional.of(new Refusal(RejectReason.UNKNOWN_SYMBOL,
                    "unknown symbol " + request.symbol() + "; this venue trades " + books.keySet()));
        }
        if (request.unsupported() != null) {
            return Optional.of(new Refusal(RejectReason.UNSUPPORTED_ORDER_TYPE, request.unsupported()));
        }
        if (wholeQuantity(request.quantity()).isEmpty()) {
            String sent = request.quantity() == null ? "none" : request.quantity().toPlainString();
            return Optional.of(new Refusal(RejectReason.INCORRECT_QUANTITY,
                    "quantity must be a positive whole number, got " + sent));
        }
        return Optional.empty();
    }

    /** The quantity as a positive whole number of shares, or empty when it is missing, fractional or too big. */
    private static Optional<Long> wholeQuantity(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(quantity.longValueExact());
        } catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    private static String describe(String clOrdId, String orderId) {
        return clOrdId != null ? "ClOrdID " + clOrdId : "OrderID " + orderId;
    }
}
