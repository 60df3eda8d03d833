package io.dto.gateway.system;

import io.dto.api.BrokerPlugin;
import io.dto.api.ExecutionReportSink;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.codec.RecordJson;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A venue for the kill test, packaged as a real plugin jar: it fills every limit order at its price and writes every
 * report to a journal file before reporting it, so the journal is what the venue told the gateway, surviving the
 * gateway's death. Asked for an order's status it resends the order's reports (PossDup), as a FIX venue resends
 * after a reconnect; an order it never saw is reported rejected.
 */
public final class JournalBroker implements BrokerPlugin {

    private final String execPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    private Path journal;
    private ExecutionReportSink sink;
    private long execIds;

    @Override
    public PluginInfo info() {
        return new PluginInfo("journal-broker", "1.0.0", PluginType.BROKER, "fills and journals", null);
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        journal = Path.of(context.config().getString("journal"));
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> connect(ExecutionReportSink reports) {
        this.sink = reports;
        reports.onSessionStatus(new BrokerSessionStatus("journal-broker", "JOURNAL", true, 1, 1, Instant.now(),
                "journal venue up"));
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> submitOrder(OrderRequest order) {
        report(new ExecutionReport("journal-broker", order.id(), null, "J" + order.id(), nextExecId(), ExecType.NEW,
                OrderStatus.NEW, order.symbol(), order.side(), null, null, BigDecimal.ZERO, order.quantity(), null,
                null, Instant.now(), false));
        report(new ExecutionReport("journal-broker", order.id(), null, "J" + order.id(), nextExecId(),
                ExecType.TRADE, OrderStatus.FILLED, order.symbol(), order.side(), order.quantity(), order.price(),
                order.quantity(), BigDecimal.ZERO, order.price(), null, Instant.now(), false));
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> cancelOrder(CancelRequest request) {
        return Future.failedFuture("the journal venue fills at once; there is nothing to cancel");
    }

    @Override
    public Future<Void> replaceOrder(ReplaceRequest request) {
        return Future.failedFuture("the journal venue fills at once; there is nothing to replace");
    }

    @Override
    public Future<Void> requestOrderStatus(String orderId) {
        List<ExecutionReport> sent = journaled(orderId);
        if (sent.isEmpty()) {
            sink.onExecutionReport(new ExecutionReport("journal-broker", orderId, null, null, nextExecId(),
                    ExecType.REJECTED, OrderStatus.REJECTED, null, null, null, null, null, null, null,
                    "unknown order", Instant.now(), false));
        }
        for (ExecutionReport report : sent) {
            sink.onExecutionReport(new ExecutionReport(report.broker(), report.orderId(), report.origOrderId(),
                    report.brokerOrderId(), report.execId(), report.execType(), report.status(), report.symbol(),
                    report.side(), report.lastQuantity(), report.lastPrice(), report.cumulativeQuantity(),
                    report.leavesQuantity(), report.averagePrice(), report.text(), report.transactTime(), true));
        }
        return Future.succeededFuture();
    }

    private void report(ExecutionReport report) {
        try {
            Files.writeString(journal, RecordJson.toJson(report).encode() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sink.onExecutionReport(report);
    }

    private List<ExecutionReport> journaled(String orderId) {
        List<ExecutionReport> reports = new ArrayList<>();
        try {
            if (Files.exists(journal)) {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    ExecutionReport report = RecordJson.fromJson(new JsonObject(line), ExecutionReport.class);
                    if (report.orderId().equals(orderId)) {
                        reports.add(report);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }

    private String nextExecId() {
        return execPrefix + ++execIds;
    }
}
