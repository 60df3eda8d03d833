package io.dto.plugins.fixsim;

import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import quickfix.SessionID;

/** A counterparty's order request, read out of its FIX message but not yet validated against the venue. */
sealed interface ClientRequest {

    SessionID session();

    /**
     * @param type {@code null} when the FIX OrdType has no equivalent; {@code unsupported} then says why
     * @param timeInForce {@code null} when the FIX TimeInForce is not supported; {@code unsupported} says why
     * @param quantity as sent; may be missing, fractional or non-positive
     * @param unsupported {@code null}, or why the order uses something the venue does not offer
     */
    record NewOrder(SessionID session, String clOrdId, String symbol, Side side, OrderType type, BigDecimal price,
            BigDecimal quantity, TimeInForce timeInForce, String unsupported) implements ClientRequest {
    }

    /** @param origClOrdId or {@code null} when the order is named by {@code orderId} alone (FIX 5.0) */
    record Cancel(SessionID session, String clOrdId, String origClOrdId, String orderId) implements ClientRequest {
    }

    record Replace(SessionID session, String clOrdId, String origClOrdId, String orderId, BigDecimal price,
            BigDecimal quantity) implements ClientRequest {
    }

    /** @param clOrdId or {@code null} when the order is named by {@code orderId} alone */
    record Status(SessionID session, String clOrdId, String orderId, String symbol, Side side)
            implements ClientRequest {
    }

    /**
     * An OrderMassStatusRequest for the session's live orders.
     *
     * @param symbol {@code null} for every symbol
     * @param side {@code null} for both sides
     */
    record MassStatus(SessionID session, String massStatusReqId, String symbol, Side side) implements ClientRequest {
    }
}
