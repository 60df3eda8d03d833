package io.dto.api.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a broker says happened to an order: FIX ExecutionReport semantics in a record.
 *
 * @param orderId the ClOrdID the report is about (for a replace, the new one)
 * @param origOrderId the order replaced or canceled (FIX OrigClOrdID), or {@code null}
 * @param execId unique per report from one broker; a repeat is applied once
 * @param possDuplicate the report may have been sent before (FIX PossDupFlag or PossResend)
 */
public record ExecutionReport(String broker, String orderId, String origOrderId, String brokerOrderId,
        String execId, ExecType execType, OrderStatus status, String symbol, Side side, BigDecimal lastQuantity,
        BigDecimal lastPrice, BigDecimal cumulativeQuantity, BigDecimal leavesQuantity, BigDecimal averagePrice,
        String text, Instant transactTime, boolean possDuplicate) {

    public ExecutionReport {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(execId, "execId");
        Objects.requireNonNull(execType, "execType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(transactTime, "transactTime");
        lastQuantity = zeroIfNull(lastQuantity);
        lastPrice = zeroIfNull(lastPrice);
        cumulativeQuantity = zeroIfNull(cumulativeQuantity);
        leavesQuantity = zeroIfNull(leavesQuantity);
        averagePrice = zeroIfNull(averagePrice);
        if (execType == ExecType.TRADE && lastQuantity.signum() <= 0) {
            throw new IllegalArgumentException("a TRADE report needs a positive lastQuantity");
        }
    }

    public boolean isFill() {
        return execType == ExecType.TRADE;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
