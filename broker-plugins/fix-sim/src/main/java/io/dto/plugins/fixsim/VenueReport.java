package io.dto.plugins.fixsim;

import io.dto.api.message.OrderStatus;
import io.dto.plugins.fixsim.book.CancelRejectReason;
import io.dto.plugins.fixsim.book.OrderView;
import io.dto.plugins.fixsim.book.RejectReason;
import java.math.BigDecimal;
import java.time.Instant;
import quickfix.SessionID;

/** A message the venue owes one counterparty, independent of its FIX version. */
sealed interface VenueReport {

    SessionID session();

    /**
     * An ExecutionReport.
     *
     * @param origClOrdId set on the report that confirms a cancel or replace
     * @param lastPx with {@code lastQty}, set on trades only
     * @param rejectReason set on rejects and on status answers for unknown orders
     */
    record Execution(SessionID session, String execId, ExecKind kind, String clOrdId, String origClOrdId,
            OrderView order, long lastQty, BigDecimal lastPx, RejectReason rejectReason, String text,
            Instant transactTime) implements VenueReport {
    }

    /**
     * An OrderCancelReject.
     *
     * @param orderId {@code NONE} when the order is unknown
     * @param forReplace whether it answers a cancel/replace rather than a cancel
     */
    record CancelReject(SessionID session, String orderId, String clOrdId, String origClOrdId, OrderStatus status,
            boolean forReplace, CancelRejectReason reason, String text) implements VenueReport {
    }

    /** One of the ExecutionReports answering an OrderMassStatusRequest: {@code total} of them, the last marked. */
    record MassStatusPart(Execution execution, String massStatusReqId, int total, boolean last)
            implements VenueReport {
        @Override
        public SessionID session() {
            return execution.session();
        }
    }
}
