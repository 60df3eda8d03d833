package io.dto.gateway.order;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.gateway.account.Money;
import io.dto.gateway.persistence.OrderRecord;
import io.dto.gateway.persistence.StoredOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One order as the order manager tracks it. Mutable, and touched only on the order manager's context; the world
 * sees it through immutable {@link OrderEvent} snapshots and {@link OrderRecord}s.
 */
final class ManagedOrder {

    private final OrderRequest request;
    private final Instant createdAt;
    private final String origOrderId;
    private final List<ExecutionReport> executions = new ArrayList<>();
    private final Set<String> execIds = new HashSet<>();
    private OrderStatus status = OrderStatus.PENDING_NEW;
    private BigDecimal filledQuantity = BigDecimal.ZERO;
    private BigDecimal averagePrice = BigDecimal.ZERO;
    private BigDecimal lastQuantity;
    private BigDecimal lastPrice;
    private BigDecimal riskPrice;
    private String brokerOrderId;
    private String reason;
    private Instant updatedAt;
    /** The status before a cancel or replace was requested, to return to when the broker refuses it. */
    private OrderStatus statusBeforeRequest;
    /** The ClOrdID of a replacement waiting for the broker, or {@code null}. */
    private String pendingReplacement;

    ManagedOrder(OrderRequest request, Instant createdAt, String origOrderId) {
        this.request = request;
        this.createdAt = createdAt;
        this.origOrderId = origOrderId;
        this.updatedAt = createdAt;
    }

    static ManagedOrder restore(StoredOrder stored) {
        OrderRecord record = stored.record();
        OrderEvent event = record.order();
        OrderRequest request = new OrderRequest(event.orderId(), event.clientOrderId(), event.account(),
                event.strategyId(), event.broker(), event.symbol(), event.side(), event.type(), event.quantity(),
                event.price(), event.stopPrice(), event.timeInForce());
        ManagedOrder order = new ManagedOrder(request, record.createdAt(), record.origOrderId());
        order.status = event.status();
        order.filledQuantity = event.filledQuantity();
        order.averagePrice = event.averagePrice();
        order.lastQuantity = event.lastQuantity();
        order.lastPrice = event.lastPrice();
        order.reason = event.reason();
        order.updatedAt = event.timestamp();
        order.brokerOrderId = record.brokerOrderId();
        order.riskPrice = record.riskPrice();
        for (ExecutionReport report : stored.executions()) {
            order.execIds.add(report.execId());
            order.executions.add(report);
        }
        return order;
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

    String origOrderId() {
        return origOrderId;
    }

    BigDecimal filledQuantity() {
        return filledQuantity;
    }

    /** Quantity still to trade: zero once the order is terminal. */
    BigDecimal leaves() {
        if (status.isTerminal()) {
            return BigDecimal.ZERO;
        }
        BigDecimal leaves = request.quantity().subtract(filledQuantity);
        return leaves.signum() < 0 ? BigDecimal.ZERO : leaves;
    }

    BigDecimal riskPrice() {
        return riskPrice;
    }

    void riskPrice(BigDecimal price) {
        this.riskPrice = price;
    }

    List<ExecutionReport> executions() {
        return List.copyOf(executions);
    }

    /** Whether a report with this ExecID was applied already (a PossDup resend, or a venue repeating itself). */
    boolean seen(String execId) {
        return execIds.contains(execId);
    }

    /** Applies a report the state machine accepted; fills update quantity and average price. */
    void apply(ExecutionReport report) {
        execIds.add(report.execId());
        executions.add(report);
        if (report.isFill()) {
            BigDecimal cost = averagePrice.multiply(filledQuantity)
                    .add(report.lastPrice().multiply(report.lastQuantity()));
            filledQuantity = filledQuantity.add(report.lastQuantity());
            averagePrice = Money.round(cost.divide(filledQuantity, Money.SCALE + 4, RoundingMode.HALF_EVEN));
            lastQuantity = report.lastQuantity();
            lastPrice = report.lastPrice();
        }
        if (report.brokerOrderId() != null) {
            brokerOrderId = report.brokerOrderId();
        }
        OrderStatus next = report.status();
        // A reason explains an ending (rejected, canceled, expired); once the broker reports, older notes are stale.
        reason = next == OrderStatus.REJECTED || next == OrderStatus.CANCELED || next == OrderStatus.EXPIRED
                ? report.text() : null;
        if (next != OrderStatus.PENDING_CANCEL && next != OrderStatus.PENDING_REPLACE) {
            statusBeforeRequest = null;
        }
        status = next;
        updatedAt = report.transactTime();
    }

    /** The replacement of an order continues its fills (FIX CumQty carries over a cancel/replace). */
    void continueFrom(ManagedOrder replaced) {
        filledQuantity = replaced.filledQuantity;
        averagePrice = replaced.averagePrice;
        lastQuantity = replaced.lastQuantity;
        lastPrice = replaced.lastPrice;
    }

    /** Refused by the gateway (validation, risk, no route) or by a broker outside a report: final. */
    void reject(String why, Instant at) {
        status = OrderStatus.REJECTED;
        reason = why;
        updatedAt = at;
    }

    /** A cancel or replace was sent: pending until the broker answers. */
    void requestPending(OrderStatus pending, Instant at) {
        statusBeforeRequest = status;
        status = pending;
        reason = null;
        updatedAt = at;
    }

    /** The cancel or replace did not reach the broker, or the broker refused it: back to where it was. */
    void revertPending(String why, Instant at) {
        if (statusBeforeRequest != null) {
            status = statusBeforeRequest;
            statusBeforeRequest = null;
        }
        reason = why;
        updatedAt = at;
    }

    /** The broker replaced this order by its pending replacement: final. */
    void replacedAt(Instant at) {
        status = OrderStatus.REPLACED;
        statusBeforeRequest = null;
        reason = null;
        updatedAt = at;
    }

    /** A note on the order without a change of status (e.g. a broker timeout). */
    void note(String why, Instant at) {
        reason = why;
        updatedAt = at;
    }

    String pendingReplacement() {
        return pendingReplacement;
    }

    void pendingReplacement(String newOrderId) {
        this.pendingReplacement = newOrderId;
    }

    OrderRecord record() {
        return new OrderRecord(snapshot(), createdAt, brokerOrderId, origOrderId, riskPrice);
    }

    OrderEvent snapshot() {
        return new OrderEvent(request.id(), request.clientOrderId(), request.strategyId(), request.broker(),
                request.account(), request.symbol(), request.side(), request.type(), request.timeInForce(),
                request.quantity(), request.price(), request.stopPrice(), status, filledQuantity, averagePrice,
                lastQuantity, lastPrice, reason, updatedAt);
    }
}
