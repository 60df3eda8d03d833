package io.dto.plugins.fix;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import quickfix.field.DKReason;

/**
 * Matches what the counterparty reports to the orders the plugin sent, and decides what the gateway hears: a report
 * applied once per ExecID (a repeat, flagged possDuplicate, is passed on for the order manager to drop), or a
 * DontKnowTrade when an execution cannot be matched or applied (unknown ClOrdID, a fill beyond the order's quantity
 * or after its end). Runs on QuickFIX/J's thread, under the tracker's monitor for each decision.
 */
final class ExecutionMatcher {

    /** The DontKnowTrade to answer an execution with. */
    record DontKnow(FixExecution execution, char reason, String text, TrackedOrder order) {
    }

    /** What to do about one message: reports to deliver, and at most one DK. */
    record Outcome(List<ExecutionReport> reports, DontKnow dontKnow) {

        static final Outcome NOTHING = new Outcome(List.of(), null);

        static Outcome deliver(ExecutionReport report) {
            return new Outcome(List.of(report), null);
        }

        static Outcome dontKnow(FixExecution execution, char reason, String text, TrackedOrder order) {
            return new Outcome(List.of(), new DontKnow(execution, reason, text, order));
        }
    }

    private final OrderTracker tracker;
    private final Logger log;

    ExecutionMatcher(OrderTracker tracker, Logger log) {
        this.tracker = tracker;
        this.log = log;
    }

    /** An ExecutionReport that is not the answer to a status request. */
    Outcome onExecution(FixExecution e) {
        synchronized (tracker) {
            Optional<TrackedOrder> found = tracker.find(e.clOrdId()).or(() -> tracker.find(e.origClOrdId()));
            if (found.isEmpty()) {
                log.warn("execution report {} (seq {}) names unknown ClOrdID {}: answered with DontKnowTrade",
                        e.execId(), e.seqNum(), e.clOrdId());
                return Outcome.dontKnow(e, DKReason.NO_MATCHING_ORDER, "unknown ClOrdID " + e.clOrdId(), null);
            }
            TrackedOrder order = found.get();
            ExecutionReport report = e.toReport(tracker.broker(), e.clOrdId() == null ? order.id() : e.clOrdId(),
                    order.side(), order.symbol());
            if (order.seen(e.execId())) {
                if (!e.possDuplicate()) {
                    log.warn("execution report {} for {} repeats an ExecID without PossDupFlag; passed on as a "
                            + "possible duplicate", e.execId(), order.id());
                }
                return Outcome.deliver(ReportDelivery.possibleDuplicate(report));
            }
            if (e.execType() == ExecType.REPLACED && order.replaces() == null) {
                log.warn("execution report {} replaces order {}, which this gateway never asked to replace: "
                        + "answered with DontKnowTrade", e.execId(), order.id());
                return Outcome.dontKnow(e, DKReason.OTHER, "no replace requested for " + order.id(), order);
            }
            if (!order.isLive()) {
                return afterEnd(order, e);
            }
            return live(order, e, report);
        }
    }

    /**
     * An OrderCancelReject: the order stays as it is. A refused replace ends the replacement (REJECTED, which the
     * order manager answers by restoring the original); a refused cancel reports the order's status with the text.
     */
    Outcome onCancelReject(FixCancelReject r, Instant now) {
        synchronized (tracker) {
            String about = r.forReplace() ? r.clOrdId() : r.origClOrdId() != null ? r.origClOrdId() : r.clOrdId();
            Optional<TrackedOrder> found = tracker.find(about);
            if (found.isEmpty()) {
                log.warn("cancel reject (seq {}) names unknown ClOrdID {}", r.seqNum(), about);
                return Outcome.NOTHING;
            }
            TrackedOrder order = found.get();
            String execId = "CXLREJ:" + r.clOrdId();
            String what = r.forReplace() ? "replace" : "cancel";
            String text = what + " rejected: " + (r.text() == null ? "no reason given" : r.text());
            if (order.seen(execId) || !order.isLive()) {
                log.info("{} of {} rejected (order is {}): {}", what, order.id(), order.status(), text);
                return Outcome.NOTHING;
            }
            log.info("{} {} of order {} was refused: {}", what, r.clOrdId(), order.id(), text);
            ExecutionReport report = r.forReplace()
                    ? tracker.report(order, execId, ExecType.REJECTED, OrderStatus.REJECTED, null, null, text, now)
                    : tracker.report(order, execId, ExecType.ORDER_STATUS, order.status(), null, null, text, now);
            return Outcome.deliver(tracker.record(order, report));
        }
    }

    /**
     * The counterparty refused one of our requests outright (session Reject or BusinessMessageReject): a refused new
     * order or replacement is rejected, a refused cancel leaves the order as it is. Status requests need nothing.
     */
    Outcome onRequestRefused(String msgType, String clOrdId, String text, Instant now) {
        boolean newOrder = quickfix.field.MsgType.ORDER_SINGLE.equals(msgType)
                || quickfix.field.MsgType.ORDER_CANCEL_REPLACE_REQUEST.equals(msgType);
        boolean cancel = quickfix.field.MsgType.ORDER_CANCEL_REQUEST.equals(msgType);
        if (!newOrder && !cancel) {
            return Outcome.NOTHING;
        }
        synchronized (tracker) {
            Optional<TrackedOrder> found = tracker.find(clOrdId);
            String execId = "REFUSED:" + clOrdId;
            if (found.isEmpty() || !found.get().isLive() || found.get().seen(execId)
                    || newOrder && found.get().isAcknowledged()) {
                return Outcome.NOTHING;
            }
            TrackedOrder order = found.get();
            ExecutionReport report = newOrder
                    ? tracker.report(order, execId, ExecType.REJECTED, OrderStatus.REJECTED, null, null, text, now)
                    : tracker.report(order, execId, ExecType.ORDER_STATUS, order.status(), null, null,
                            "cancel refused: " + text, now);
            return Outcome.deliver(tracker.record(order, report));
        }
    }

    private Outcome live(TrackedOrder order, FixExecution e, ExecutionReport report) {
        if (e.execType() == ExecType.TRADE) {
            BigDecimal after = order.cumQty().add(e.lastQty());
            if (after.compareTo(order.quantity()) > 0) {
                log.error("fill {} of {} for order {} would take it to {} of {}: answered with DontKnowTrade",
                        e.execId(), e.lastQty().toPlainString(), order.id(), after.toPlainString(),
                        order.quantity().toPlainString());
                return Outcome.dontKnow(e, DKReason.QUANTITY_EXCEEDS_ORDER, "fill exceeds order quantity "
                        + order.quantity().toPlainString() + " (filled " + order.cumQty().toPlainString() + ")",
                        order);
            }
        } else if (e.status() == OrderStatus.REJECTED && order.isAcknowledged()) {
            log.warn("execution report {} rejects order {}, which the venue had already acknowledged ({}); not "
                    + "applied: {}", e.execId(), order.id(), order.status(), e.text());
            return Outcome.NOTHING;
        } else if (e.status() == OrderStatus.PENDING_NEW && !order.isAcknowledged()) {
            return Outcome.NOTHING;
        }
        if (e.unmodeled() != null) {
            log.warn("execution report {} for {} is a {}, which the gateway's records do not model: its status {} "
                    + "is applied, quantities are not adjusted", e.execId(), order.id(), e.unmodeled(), e.status());
        }
        return Outcome.deliver(tracker.record(order, report));
    }

    private Outcome afterEnd(TrackedOrder order, FixExecution e) {
        if (e.execType() == ExecType.TRADE) {
            log.error("fill {} ({} at {}) for order {}, which is already {}: answered with DontKnowTrade", e.execId(),
                    e.lastQty().toPlainString(), e.lastPx(), order.id(), order.status());
            char reason = order.status() == OrderStatus.FILLED ? DKReason.QUANTITY_EXCEEDS_ORDER : DKReason.OTHER;
            return Outcome.dontKnow(e, reason, "order " + order.id() + " is " + order.status(), order);
        }
        log.warn("execution report {} ({} {}) for order {}, which is already {}: ignored", e.execId(), e.execType(),
                e.status(), order.id(), order.status());
        return Outcome.NOTHING;
    }
}
