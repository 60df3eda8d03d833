package io.dto.plugins.fix;

import io.dto.api.ExecutionReportSink;
import io.dto.api.PluginContext;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.ExecutionReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import quickfix.ConfigError;
import quickfix.FileUtil;
import quickfix.SessionID;
import quickfix.SocketInitiator;

/**
 * One running FIX session and everything around it: the order tracker and its journal, the sender thread, the
 * QuickFIX/J initiator and the application it calls. {@link #open} and {@link #stop} do blocking I/O; call them off
 * the event loop.
 */
final class FixSession {

    private final OrderTracker tracker;
    private final SessionSender sender;
    private final SessionMonitor monitor;
    private final ReportDelivery delivery;
    private final SocketInitiator initiator;
    private final List<ExecutionReport> journaled;
    private final Logger log;

    private FixSession(OrderTracker tracker, SessionSender sender, SessionMonitor monitor, ReportDelivery delivery,
            SocketInitiator initiator, List<ExecutionReport> journaled, Logger log) {
        this.tracker = tracker;
        this.sender = sender;
        this.monitor = monitor;
        this.delivery = delivery;
        this.initiator = initiator;
        this.journaled = journaled;
        this.log = log;
    }

    /** Opens the journal (rebuilding the orders it holds) and builds the initiator, not yet connected. */
    static FixSession open(FixConfig config, FixSessionSettings settings, PluginContext context,
            ExecutionReportSink sink) throws IOException, ConfigError {
        Logger log = context.logger();
        SessionID id = settings.sessionId();
        String broker = context.pluginId();
        Path journalFile = settings.storeDirectory().resolve(FileUtil.sessionIdFileName(id) + ".orders.jsonl");
        List<ExecutionReport> journaled = new ArrayList<>();
        OrderTracker tracker = OrderTracker.open(broker, journalFile, log, context.clock().instant(), journaled);
        ReportDelivery delivery = new ReportDelivery(context, sink);
        FixMessages messages = new FixMessages(config.account());
        Reconciler reconciler = new Reconciler(tracker, log, context.clock().instant());
        SessionMonitor monitor = new SessionMonitor(broker, id, context.clock());
        SessionSender sender = new SessionSender(id, tracker, messages, reconciler, monitor, delivery, context,
                config);
        InboundMessages inbound = new InboundMessages(id, new ExecutionMatcher(tracker, log), reconciler, sender,
                delivery, messages, context.clock(), context.metrics(), log);
        FixApplication application = new FixApplication(inbound,
                new ResendGuard(tracker, config.resendMaxAge(), log), monitor, sender, delivery, context.clock(),
                context.metrics(), log);
        log.info("FIX session {} from {}: {} order(s) in the journal {}", id, settings.file(), tracker.size(),
                journalFile);
        return new FixSession(tracker, sender, monitor, delivery, settings.initiator(application), journaled, log);
    }

    /**
     * Re-delivers the reports journaled before a restart, flagged possDuplicate: one may not have reached the order
     * manager before the process ended, and the order manager applies each ExecID once.
     */
    void redeliverJournal() {
        if (!journaled.isEmpty()) {
            log.info("re-delivering {} journaled execution report(s) as possible duplicates", journaled.size());
            delivery.deliver(journaled.stream().map(ReportDelivery::possibleDuplicate).toList());
        }
    }

    /** Starts the initiator: it connects, logs on and reconnects by the settings file's schedule and intervals. */
    void start() throws ConfigError {
        initiator.start();
    }

    SessionSender sender() {
        return sender;
    }

    BrokerSessionStatus status() {
        return monitor.current();
    }

    /** Logs out (waiting briefly for the counterparty's Logout), then stops the threads and closes the journal. */
    void stop() throws IOException, InterruptedException {
        monitor.onStopping();
        try {
            initiator.stop();
        } finally {
            sender.refreshStatus();
            sender.close();
            tracker.close();
        }
    }
}
