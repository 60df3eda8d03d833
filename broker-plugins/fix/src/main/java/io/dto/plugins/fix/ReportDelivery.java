package io.dto.plugins.fix;

import io.dto.api.ExecutionReportSink;
import io.dto.api.PluginContext;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.ExecutionReport;
import java.util.List;

/**
 * Hands what QuickFIX/J's threads and the sender thread learn over to the plugin's Vert.x context, where the gateway's
 * sink is called: one {@link PluginContext#runOnContext} hop per batch, in the order the batches were handed over.
 */
final class ReportDelivery {

    private final PluginContext context;
    private final ExecutionReportSink sink;

    ReportDelivery(PluginContext context, ExecutionReportSink sink) {
        this.context = context;
        this.sink = sink;
    }

    void deliver(List<ExecutionReport> reports) {
        if (!reports.isEmpty()) {
            context.runOnContext(v -> reports.forEach(sink::onExecutionReport));
        }
    }

    void status(BrokerSessionStatus status) {
        context.runOnContext(v -> sink.onSessionStatus(status));
    }

    /** The same report flagged as one that may have been delivered before (the order manager applies it once). */
    static ExecutionReport possibleDuplicate(ExecutionReport r) {
        return new ExecutionReport(r.broker(), r.orderId(), r.origOrderId(), r.brokerOrderId(), r.execId(),
                r.execType(), r.status(), r.symbol(), r.side(), r.lastQuantity(), r.lastPrice(),
                r.cumulativeQuantity(), r.leavesQuantity(), r.averagePrice(), r.text(), r.transactTime(), true);
    }
}
