package io.dto.plugins.fix;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An ExecutionReport as the counterparty sent it, read out of FIX but not yet matched to an order.
 *
 * @param clOrdId tag 11, or {@code null} (an order the counterparty's desk entered has none)
 * @param unmodeled what the report is when our records cannot express it (a trade cancel, say), or {@code null}
 * @param statusAnswer an answer to a status request (ExecType I, or ExecTransType 3 in FIX 4.2)
 * @param massStatusReqId tag 584 when the report answers an OrderMassStatusRequest
 * @param lastOfMassStatus tag 912 (LastRptRequested) is Y
 */
record FixExecution(int seqNum, String clOrdId, String origClOrdId, String venueOrderId, String execId,
        ExecType execType, String unmodeled, boolean statusAnswer, OrderStatus status, String symbol, Side side,
        BigDecimal orderQty, BigDecimal lastQty, BigDecimal lastPx, BigDecimal cumQty, BigDecimal leavesQty,
        BigDecimal avgPx, Integer ordRejReason, String text, Instant transactTime, boolean possDuplicate,
        String massStatusReqId, boolean lastOfMassStatus) {

    /** FIX OrdRejReason 5: the venue does not know the order (the answer to a status request for one). */
    static final int UNKNOWN_ORDER = 5;

    boolean isUnknownOrderAnswer() {
        return statusAnswer && status == OrderStatus.REJECTED && ordRejReason != null
                && ordRejReason == UNKNOWN_ORDER;
    }

    /** The record the gateway receives, about order {@code orderId}, as the venue said it. */
    ExecutionReport toReport(String broker, String orderId, Side knownSide, String knownSymbol) {
        return new ExecutionReport(broker, orderId, origClOrdId, venueOrderId, execId, execType, status,
                symbol == null ? knownSymbol : symbol, side == null ? knownSide : side, lastQty, lastPx, cumQty,
                leavesQty, avgPx, text, transactTime, possDuplicate);
    }
}
