package io.dto.testkit;

import io.dto.api.ExecutionReportSink;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.ExecutionReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sink a broker plugin reports into in the testkit: it keeps every execution report and session status.
 *
 * <p>Threading: safe to call from any thread (a broker using {@code vertx()} reports from a Vert.x thread).
 */
public final class CollectingExecutionReportSink implements ExecutionReportSink {

    private final List<ExecutionReport> reports = new ArrayList<>();
    private final List<BrokerSessionStatus> sessions = new ArrayList<>();

    @Override
    public synchronized void onExecutionReport(ExecutionReport report) {
        reports.add(report);
    }

    @Override
    public synchronized void onSessionStatus(BrokerSessionStatus status) {
        sessions.add(status);
    }

    /** Every report so far, in order. */
    public synchronized List<ExecutionReport> all() {
        return List.copyOf(reports);
    }

    /** How many reports arrived so far; with {@link #since(int)} a test takes what one action produced. */
    public synchronized int count() {
        return reports.size();
    }

    /** The reports that arrived after the first {@code count}. */
    public synchronized List<ExecutionReport> since(int count) {
        return List.copyOf(reports.subList(count, reports.size()));
    }

    /** The reports about an order: those whose {@code orderId} or {@code origOrderId} is this ClOrdID. */
    public synchronized List<ExecutionReport> forOrder(String orderId) {
        return reports.stream()
                .filter(r -> orderId.equals(r.orderId()) || orderId.equals(r.origOrderId()))
                .toList();
    }

    public synchronized Optional<ExecutionReport> last() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    /** The fills (TRADE reports) so far, in order. */
    public synchronized List<ExecutionReport> fills() {
        return reports.stream().filter(ExecutionReport::isFill).toList();
    }

    public synchronized List<BrokerSessionStatus> sessionStatuses() {
        return List.copyOf(sessions);
    }
}
