package io.dto.plugins.paper;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Builds the broker's execution reports and numbers them. Ids carry a session token (the connect time in base 36), so
 * exec ids stay unique across restarts of the gateway, which applies a repeated exec id only once.
 */
final class ExecutionReports {

    private final String broker;
    private final String session;
    private long nextExec = 1;
    private long nextOrder = 1;

    ExecutionReports(String broker, Instant sessionStart) {
        this.broker = broker;
        this.session = Long.toString(sessionStart.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
    }

    String nextBrokerOrderId() {
        return session + "-" + nextOrder++;
    }

    /** A report of the order's current state: cumulative, leaves and average from the order itself. */
    ExecutionReport of(PaperOrder order, String orderId, String origOrderId, ExecType execType, BigDecimal lastQuantity,
            BigDecimal lastPrice, String text, Instant now) {
        return new ExecutionReport(broker, orderId, origOrderId, order.brokerOrderId, nextExecId(), execType,
                order.status, order.symbol, order.side, lastQuantity, lastPrice, order.filled, order.leaves(),
                order.averagePrice(), text, now, false);
    }

    /** The order was refused before it reached the book. */
    ExecutionReport rejected(OrderRequest request, String brokerOrderId, String text, Instant now) {
        return new ExecutionReport(broker, request.id(), null, brokerOrderId, nextExecId(), ExecType.REJECTED,
                OrderStatus.REJECTED, request.symbol(), request.side(), null, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, text, now, false);
    }

    private String nextExecId() {
        return broker + "-" + session + "-" + nextExec++;
    }
}
