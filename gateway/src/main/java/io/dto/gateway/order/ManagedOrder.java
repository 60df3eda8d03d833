package io.dto.gateway.order;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One order as the order manager tracks it. Mutable, and touched only on the order manager's context; the world
 * sees it through immutable {@link OrderEvent} snapshots.
 */
final class ManagedOrder {

    private final OrderRequest request;
    private final Instant createdAt;
    private final List<ExecutionReport> executions = new ArrayList<>();
    private final Set<String> execIds = new HashSet<>();
    private OrderStatus status = OrderStatus.PENDING_NEW;
    private BigDecimal filledQuantity = BigDecimal.ZERO;
    private BigDecimal averagePrice = BigDecimal.ZERO;
    private BigDecimal lastQuantity;
    private BigDecimal lastPrice;
    private String brokerOrderId;
    private String reason;
    private Instant updatedAt;

    ManagedOrder(OrderRequest request, Instant createdAt) {
        this.request = request;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    String id() {
        return request.id();
    }

    OrderRequest request() {
        return request;
    }

    OrderStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<ExecutionReport> executions() {
        return List.copyOf(executions);
    }

    /** Whether a report with this ExecID was applied already (a PossDup resend, or a venue repeating itself). */
    boolean seen(String execId) {
        return execIds.contains(execId);
    }

    /** Applies a report the state machine accepted; fills update quantity and average price. */
    void apply(ExecutionReport report, OrderStatus next) {
        execIds.add(report.execId());
        executions.add(report);
        if (report.isFill()) {
            BigDecimal notional = averagePrice.multiply(filledQuantity)
                    .add(report.lastPrice().multiply(report.lastQuantity()));
            filledQuantity = filledQuantity.add(report.lastQuantity());
            averagePrice = notional.divide(filledQuantity, MathContext.DECIMAL64);
            lastQuantity = report.lastQuantity();
            lastPrice = report.lastPrice();
        }
        if (report.brokerOrderId() != null) {
            brokerOrderId = report.brokerOrderId();
        }
        if (next == OrderStatus.REJECTED || next == OrderStatus.CANCELED || next == OrderStatus.EXPIRED) {
            reason = report.text();
        }
        status = next;
        updatedAt = report.transactTime();
    }

    /** Refused before it reached a broker (validation, risk, no route): final, with the reason. */
    void reject(String why, Instant at) {
        status = OrderStatus.REJECTED;
        reason = why;
        updatedAt = at;
    }

    String brokerOrderId() {
        return brokerOrderId;
    }

    OrderEvent snapshot() {
        return new OrderEvent(request.id(), request.clientOrderId(), request.strategyId(), request.broker(),
                request.account(), request.symbol(), request.side(), request.type(), request.timeInForce(),
                request.quantity(), request.price(), request.stopPrice(), status, filledQuantity, averagePrice,
                lastQuantity, lastPrice, reason, updatedAt);
    }
}
