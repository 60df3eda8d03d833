package io.dto.plugins.fixsim.book;

import java.math.BigDecimal;

/** What an operation on an {@link OrderBook} did, in the order it happened. */
public sealed interface BookEvent {

    /** The order this event is about; for a refused cancel or replace, the order id asked for. */
    String orderId();

    /** The order passed validation and entered the book (it may trade or be canceled right after). */
    record Accepted(OrderView order) implements BookEvent {
        @Override
        public String orderId() {
            return order.orderId();
        }
    }

    /** One side of a match; every match yields one event for the aggressor and one for the resting order. */
    record Traded(OrderView order, long lastQty, BigDecimal lastPx, long matchId) implements BookEvent {
        @Override
        public String orderId() {
            return order.orderId();
        }
    }

    /** The order left the book unfilled or partly filled: by request, IOC/FOK rules or lack of liquidity. */
    record Canceled(OrderView order, String reason) implements BookEvent {
        @Override
        public String orderId() {
            return order.orderId();
        }
    }

    /** A cancel/replace took effect; the view carries the new price and quantity. */
    record Replaced(OrderView order) implements BookEvent {
        @Override
        public String orderId() {
            return order.orderId();
        }
    }

    record Rejected(OrderView order, RejectReason reason, String text) implements BookEvent {
        @Override
        public String orderId() {
            return order.orderId();
        }
    }

    /** A cancel or cancel/replace was refused; the order, if live, is unchanged. */
    record CancelRejected(String orderId, CancelRejectReason reason, String text) implements BookEvent {
    }
}
