package io.dto.plugins.fixsim;

import io.dto.plugins.fixsim.book.OrderView;
import quickfix.SessionID;

/**
 * What the venue remembers of one counterparty order: who sent it, under which ClOrdIDs, and its latest state.
 * Confined to the engine thread.
 */
final class ClientOrder {

    private final SessionID session;
    private final String orderId;
    private String clOrdId;
    private String origClOrdId;
    private OrderView view;

    ClientOrder(SessionID session, String clOrdId, OrderView view) {
        this.session = session;
        this.orderId = view.orderId();
        this.clOrdId = clOrdId;
        this.view = view;
    }

    SessionID session() {
        return session;
    }

    String orderId() {
        return orderId;
    }

    String clOrdId() {
        return clOrdId;
    }

    /** The ClOrdID this order had before its last accepted cancel or replace, or {@code null}. */
    String origClOrdId() {
        return origClOrdId;
    }

    OrderView view() {
        return view;
    }

    void update(OrderView latest) {
        this.view = latest;
    }

    /** Moves the order to the ClOrdID of an accepted cancel or replace. */
    void renameTo(String newClOrdId) {
        this.origClOrdId = clOrdId;
        this.clOrdId = newClOrdId;
    }
}
