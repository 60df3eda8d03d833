package io.dto.plugins.fix;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import quickfix.DoNotSend;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.MsgType;
import quickfix.field.OrigClOrdID;
import quickfix.field.PossDupFlag;

/**
 * Decides, in {@code toApp}, which stored application messages QuickFIX/J may resend when the counterparty asks for
 * a resend; whatever it refuses ({@link DoNotSend}) QuickFIX/J gap-fills. An order is never sent twice and never
 * reaches the venue late:
 *
 * <ul>
 *   <li>a NewOrderSingle or OrderCancelReplaceRequest is resent only while the venue has not acknowledged it and it
 *       has waited no longer than {@code resend_max_age_ms} since it was submitted; an older one is reported
 *       rejected (stale) and gap-filled;</li>
 *   <li>an OrderCancelRequest is resent while its order is live: a late cancel does no harm;</li>
 *   <li>status requests are never resent: reconciliation after the logon asks afresh.</li>
 * </ul>
 *
 * First sends (no PossDupFlag) pass untouched. Called on the thread that sends or resends, under QuickFIX/J's
 * sequence lock for first sends; it takes the tracker's monitor only briefly.
 */
final class ResendGuard {

    private final OrderTracker tracker;
    private final Duration maxAge;
    private final Logger log;

    ResendGuard(OrderTracker tracker, Duration maxAge, Logger log) {
        this.tracker = tracker;
        this.maxAge = maxAge;
        this.log = log;
    }

    /**
     * @throws DoNotSend when the message must be gap-filled instead of resent; a {@link StaleOrder} carries the
     *     rejection the gateway must hear about
     */
    void check(Message message, Instant now) throws DoNotSend, FieldNotFound {
        Message.Header header = message.getHeader();
        if (!header.isSetField(PossDupFlag.FIELD) || !header.getBoolean(PossDupFlag.FIELD)) {
            return;
        }
        switch (header.getString(MsgType.FIELD)) {
            case MsgType.ORDER_SINGLE, MsgType.ORDER_CANCEL_REPLACE_REQUEST -> order(message.getString(
                    ClOrdID.FIELD), now);
            case MsgType.ORDER_CANCEL_REQUEST -> cancel(message.getString(OrigClOrdID.FIELD));
            case MsgType.ORDER_STATUS_REQUEST, MsgType.ORDER_MASS_STATUS_REQUEST -> throw new DoNotSend();
            default -> {
                // DontKnowTrade and BusinessMessageReject are resent as they were.
            }
        }
    }

    private void order(String clOrdId, Instant now) throws DoNotSend {
        ExecutionReport stale;
        synchronized (tracker) {
            Optional<TrackedOrder> found = tracker.find(clOrdId);
            if (found.isEmpty() || found.get().isAcknowledged() || !found.get().isLive()) {
                log.info("gap-filling the resend of {}: {}", clOrdId, found.isEmpty() ? "no record of it here"
                        : "the venue already has it (" + found.get().status() + ")");
                throw new DoNotSend();
            }
            TrackedOrder order = found.get();
            Duration waited = Duration.between(order.submittedAt(), now);
            if (waited.compareTo(maxAge) <= 0) {
                log.info("resending {} after {} ms in the store", clOrdId, waited.toMillis());
                return;
            }
            String text = "stale: waited " + waited.toMillis() + " ms in the store while the session was down"
                    + " (limit " + maxAge.toMillis() + " ms); gap-filled, never sent late";
            stale = tracker.record(order, tracker.report(order, "STALE:" + clOrdId, ExecType.REJECTED,
                    OrderStatus.REJECTED, null, null, text, now));
        }
        log.warn("order {} not resent: {}", clOrdId, stale.text());
        throw new StaleOrder(stale);
    }

    private void cancel(String orderId) throws DoNotSend {
        if (!tracker.find(orderId).map(TrackedOrder::isLive).orElse(false)) {
            throw new DoNotSend();
        }
    }

    /** A {@link DoNotSend} that carries the rejection the gateway must hear about. */
    static final class StaleOrder extends DoNotSend {

        private static final long serialVersionUID = 1L;
        private final transient ExecutionReport rejection;

        StaleOrder(ExecutionReport rejection) {
            this.rejection = rejection;
        }

        ExecutionReport rejection() {
            return rejection;
        }
    }
}
