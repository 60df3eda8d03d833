package io.dto.plugins.fix;

import io.dto.api.ExecutionReportSink;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Stands in for the gateway's order manager: applies each ExecID once (a repeat is counted, and must be flagged
 * possDuplicate), follows cancels and replaces the way the order manager does, and lets a test wait for an order to
 * reach a state. It outlives plugin instances, as the order manager's persisted state outlives a crash: each
 * instance reports through its own {@link #gate()}, which a test closes to kill that instance's gateway.
 */
final class RecordingSink implements ExecutionReportSink {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** One order as the sink sees it. */
    static final class OrderState {
        final String id;
        OrderStatus status = OrderStatus.PENDING_NEW;
        BigDecimal filled = BigDecimal.ZERO;
        BigDecimal notional = BigDecimal.ZERO;
        final List<ExecutionReport> reports = new ArrayList<>();

        OrderState(String id) {
            this.id = id;
        }

        BigDecimal averagePrice() {
            return filled.signum() == 0 ? BigDecimal.ZERO : notional.divide(filled, MathContext.DECIMAL64);
        }

        ExecutionReport last() {
            return reports.get(reports.size() - 1);
        }

        @Override
        public String toString() {
            return id + " " + status + " filled " + filled.toPlainString();
        }
    }

    private final Map<String, OrderState> orders = new HashMap<>();
    private final Set<String> execIds = new HashSet<>();
    private final List<ExecutionReport> all = new ArrayList<>();
    private final List<BrokerSessionStatus> statuses = new ArrayList<>();
    private int unflaggedRepeats;

    /** Registers an order the test submits, so reports about it (and about its cancels) find it. */
    synchronized void expect(String orderId) {
        orders.putIfAbsent(orderId, new OrderState(orderId));
    }

    /** A sink for one plugin instance; once closed, what that instance still delivers is lost. */
    Gate gate() {
        return new Gate();
    }

    final class Gate implements ExecutionReportSink {

        private volatile boolean closed;

        void close() {
            closed = true;
        }

        @Override
        public void onExecutionReport(ExecutionReport report) {
            if (!closed) {
                RecordingSink.this.onExecutionReport(report);
            }
        }

        @Override
        public void onSessionStatus(BrokerSessionStatus status) {
            if (!closed) {
                RecordingSink.this.onSessionStatus(status);
            }
        }
    }

    @Override
    public synchronized void onExecutionReport(ExecutionReport report) {
        all.add(report);
        if (!execIds.add(report.execId())) {
            if (!report.possDuplicate()) {
                unflaggedRepeats++;
            }
            notifyAll();
            return;
        }
        OrderState order = orders.computeIfAbsent(resolve(report), OrderState::new);
        if (report.execType() == ExecType.REPLACED && orders.containsKey(report.origOrderId())) {
            OrderState original = orders.get(report.origOrderId());
            original.status = OrderStatus.REPLACED;
            order.filled = original.filled;
            order.notional = original.notional;
        }
        if (report.isFill()) {
            order.filled = order.filled.add(report.lastQuantity());
            order.notional = order.notional.add(report.lastQuantity().multiply(report.lastPrice()));
        }
        order.status = report.status();
        order.reports.add(report);
        notifyAll();
    }

    @Override
    public synchronized void onSessionStatus(BrokerSessionStatus status) {
        statuses.add(status);
        notifyAll();
    }

    synchronized OrderState order(String id) {
        return orders.get(id);
    }

    synchronized List<ExecutionReport> reports() {
        return List.copyOf(all);
    }

    synchronized int unflaggedRepeats() {
        return unflaggedRepeats;
    }

    synchronized BrokerSessionStatus lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    /** Waits for a report about the order after which it satisfies the condition; returns its state. */
    synchronized OrderState await(String id, Predicate<OrderState> condition, String what) {
        awaitTrue(() -> orders.containsKey(id) && !orders.get(id).reports.isEmpty() && condition.test(orders.get(id)),
                "order " + id + " " + what);
        return orders.get(id);
    }

    synchronized OrderState awaitStatus(String id, OrderStatus status) {
        return await(id, o -> o.status == status, "to be " + status);
    }

    synchronized void awaitLoggedOn(boolean loggedOn) {
        awaitTrue(() -> !statuses.isEmpty() && lastStatus().loggedOn() == loggedOn,
                "the session to be " + (loggedOn ? "logged on" : "down"));
    }

    /** Waits until the condition holds, re-checking whenever a report or status arrives. */
    synchronized void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out after " + TIMEOUT + " waiting for " + what + "; last reports: "
                        + all.subList(Math.max(0, all.size() - 5), all.size()));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private String resolve(ExecutionReport report) {
        if (orders.containsKey(report.orderId()) || report.execType() == ExecType.REPLACED) {
            return report.orderId();
        }
        return report.origOrderId() != null && orders.containsKey(report.origOrderId()) ? report.origOrderId()
                : report.orderId();
    }
}
