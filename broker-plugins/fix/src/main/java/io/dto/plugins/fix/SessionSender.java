package io.dto.plugins.fix;

import io.dto.api.PluginContext;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.field.MsgSeqNum;

/**
 * The one thread that hands the plugin's messages to QuickFIX/J. {@code Session.send} is not a plain socket write:
 * it takes the session's sequence lock (which QuickFIX/J's own thread holds while it processes a logon) and writes the
 * message and the sequence number to the FileStore before MINA queues the bytes for its I/O thread, so it can block
 * and must not run on an event loop. One thread keeps requests in the order the gateway made them (a cancel never
 * overtakes its order) and costs one hand-off from the plugin's context; the futures complete back on that context.
 *
 * <p>The same thread asks for order status after each logon (reconciliation) and refreshes the session status.
 */
final class SessionSender implements AutoCloseable {

    /** What became of a message handed to the session. */
    enum Delivery {
        /** Written to the socket (queued for MINA's I/O thread). */
        SENT,
        /** In the store with its sequence number; the session is down, and a resend (or gap fill) follows logon. */
        QUEUED
    }

    private final SessionID sessionId;
    private final OrderTracker tracker;
    private final FixMessages messages;
    private final Reconciler reconciler;
    private final SessionMonitor monitor;
    private final ReportDelivery delivery;
    private final PluginContext context;
    private final FixConfig config;
    private final FixDialect dialect;
    private final Logger log;
    private final ScheduledExecutorService thread;
    private final AtomicLong generatedIds = new AtomicLong();
    private final String idPrefix;

    SessionSender(SessionID sessionId, OrderTracker tracker, FixMessages messages, Reconciler reconciler,
            SessionMonitor monitor, ReportDelivery delivery, PluginContext context, FixConfig config) {
        this.sessionId = sessionId;
        this.tracker = tracker;
        this.messages = messages;
        this.reconciler = reconciler;
        this.monitor = monitor;
        this.delivery = delivery;
        this.context = context;
        this.config = config;
        this.dialect = FixDialect.of(sessionId);
        this.log = context.logger();
        this.idPrefix = "C-" + Long.toString(context.clock().millis(), 36) + "-";
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "fix-sender-" + context.pluginId());
            t.setDaemon(true);
            return t;
        });
        long period = config.statusInterval().toMillis();
        thread.scheduleWithFixedDelay(this::refreshStatus, period, period, TimeUnit.MILLISECONDS);
    }

    Future<Void> submit(OrderRequest order) {
        return onThread("submit order " + order.id(), () -> {
            Instant now = context.clock().instant();
            tracker.registerNew(order, now);
            Delivery delivery = sendOrWithdraw(messages.newOrderSingle(order, now), order.id(), now);
            context.metrics().increment(delivery == Delivery.SENT ? "orders.sent" : "orders.queued");
        });
    }

    Future<Void> cancel(CancelRequest request) {
        return onThread("cancel order " + request.orderId(), () -> {
            String cancelId = request.cancelId() != null ? request.cancelId() : nextCancelId();
            TrackedOrder order = tracker.registerCancel(cancelId, request.orderId());
            send(messages.cancel(order, cancelId, context.clock().instant()));
        });
    }

    Future<Void> replace(ReplaceRequest request) {
        return onThread("replace order " + request.orderId(), () -> {
            Instant now = context.clock().instant();
            TrackedOrder replacement = tracker.registerReplacement(request, now);
            sendOrWithdraw(messages.replace(replacement, now), replacement.id(), now);
        });
    }

    Future<Void> requestStatus(String orderId) {
        return onThread("request the status of order " + orderId, () -> {
            TrackedOrder order = tracker.find(orderId).orElseThrow(() -> new IllegalStateException(
                    "broker " + tracker.broker() + " does not know order " + orderId));
            reconciler.explicitRequest(order.id());
            send(messages.status(order));
        });
    }

    /** Follow-up status requests for orders a mass status answer did not cover. */
    void requestStatus(List<TrackedOrder> orders) {
        execute(() -> {
            for (TrackedOrder order : orders) {
                send(messages.status(order));
            }
        });
    }

    /** After each logon: reconcile the live orders, cancel them if so configured, publish the session status. */
    void afterLogon() {
        execute(() -> {
            refreshStatus();
            List<TrackedOrder> open = tracker.liveOrders();
            Reconciler.Plan plan = reconciler.begin(config.massStatus() && dialect.supportsMassStatus());
            if (plan.massStatusId() != null) {
                send(messages.massStatus(plan.massStatusId()));
            }
            for (TrackedOrder order : plan.orders()) {
                send(messages.status(order));
            }
            if (config.cancelOnDisconnect() && !open.isEmpty()) {
                log.warn("cancel_on_disconnect: canceling the {} order(s) that were open at logon", open.size());
                for (TrackedOrder order : open) {
                    cancelAfterDisconnect(order);
                }
            }
        });
    }

    /** Refreshes the session status on the sender thread (from QuickFIX/J's threads, which must not wait). */
    void refreshStatusSoon() {
        execute(this::refreshStatus);
    }

    void refreshStatus() {
        try {
            monitor.refresh().ifPresent(delivery::status);
        } catch (RuntimeException e) {
            log.warn("cannot read the state of FIX session {}: {}", sessionId, e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("the FIX sender thread did not finish within 5 s; interrupting it");
            thread.shutdownNow();
        }
    }

    private void cancelAfterDisconnect(TrackedOrder order) {
        String cancelId = nextCancelId();
        try {
            tracker.registerCancel(cancelId, order.id());
            send(messages.cancel(order, cancelId, context.clock().instant()));
        } catch (IllegalStateException | IOException | FieldNotFound e) {
            log.warn("cancel_on_disconnect could not cancel {}: {}", order.id(), e.getMessage());
        }
    }

    /** A ClOrdID for a cancel the gateway did not name (one of cancel_on_disconnect, say): unique per run. */
    private String nextCancelId() {
        return idPrefix + generatedIds.incrementAndGet();
    }

    /** Sends a message that creates an order; if the session did not even store it, the order is withdrawn. */
    private Delivery sendOrWithdraw(Message message, String clOrdId, Instant now)
            throws IOException, FieldNotFound {
        try {
            return send(message);
        } catch (IllegalStateException refused) {
            tracker.withdraw(clOrdId, now);
            throw refused;
        }
    }

    private Delivery send(Message message) throws IOException, FieldNotFound {
        Session session = Session.lookupSession(sessionId);
        if (session == null) {
            throw new IllegalStateException("FIX session " + sessionId + " is not running");
        }
        long start = System.nanoTime();
        boolean sent = session.send(message);
        context.metrics().recordNanos("send.duration", System.nanoTime() - start);
        if (sent) {
            return Delivery.SENT;
        }
        int seqNum = message.getHeader().getInt(MsgSeqNum.FIELD);
        if (session.getStore().getNextSenderMsgSeqNum() > seqNum) {
            return Delivery.QUEUED;
        }
        throw new IllegalStateException("FIX session " + sessionId + " neither sent nor stored the message"
                + " (see the QuickFIX/J log); it will not be sent");
    }

    /** Runs work on the sender thread and completes the future on the plugin's context. */
    private Future<Void> onThread(String what, Work work) {
        Promise<Void> done = Promise.promise();
        try {
            thread.execute(() -> {
                try {
                    work.run();
                    context.runOnContext(v -> done.complete());
                } catch (Exception e) {
                    log.warn("could not {}: {}", what, e.getMessage());
                    context.runOnContext(v -> done.fail(e));
                }
            });
        } catch (RejectedExecutionException stopped) {
            done.fail(new IllegalStateException("the fix plugin is stopping; cannot " + what));
        }
        return done.future();
    }

    private void execute(Work work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (Exception e) {
                    log.warn("FIX session {}: {}", sessionId, e.toString());
                }
            });
        } catch (RejectedExecutionException stopped) {
            log.debug("the fix plugin is stopping; dropped work for the sender thread");
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
