package io.dto.plugins.fix;

import io.dto.api.PluginMetrics;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.ClOrdID;
import quickfix.field.MassStatusReqID;
import quickfix.field.MsgType;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.RefTagID;
import quickfix.field.SessionRejectReason;
import quickfix.field.Text;

/**
 * What the counterparty sends, on QuickFIX/J's thread: ExecutionReports (status answers to the {@link Reconciler},
 * the rest to the {@link ExecutionMatcher}), OrderCancelRejects, and the rejections of our own messages (session
 * Reject, BusinessMessageReject), which are traced back to the request through the store; a refused
 * OrderMassStatusRequest falls back to one OrderStatusRequest per order. The outcome goes to the
 * gateway through {@link ReportDelivery}; a DontKnowTrade goes back on this thread, before the sequence number of the
 * message it answers is consumed. Message types the plugin does not handle get QuickFIX/J's BusinessMessageReject.
 */
final class InboundMessages {

    private final SessionID sessionId;
    private final FixDialect dialect;
    private final ExecutionMatcher matcher;
    private final Reconciler reconciler;
    private final SessionSender sender;
    private final ReportDelivery delivery;
    private final FixMessages messages;
    private final InstantSource clock;
    private final PluginMetrics metrics;
    private final Logger log;

    InboundMessages(SessionID sessionId, ExecutionMatcher matcher, Reconciler reconciler, SessionSender sender,
            ReportDelivery delivery, FixMessages messages, InstantSource clock, PluginMetrics metrics, Logger log) {
        this.sessionId = sessionId;
        this.dialect = FixDialect.of(sessionId);
        this.matcher = matcher;
        this.reconciler = reconciler;
        this.sender = sender;
        this.delivery = delivery;
        this.messages = messages;
        this.clock = clock;
        this.metrics = metrics;
        this.log = log;
    }

    void onApplicationMessage(Message message) throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        String msgType = message.getHeader().getString(MsgType.FIELD);
        switch (msgType) {
            case MsgType.EXECUTION_REPORT -> execution(message);
            case MsgType.ORDER_CANCEL_REJECT -> delivery.deliver(matcher.onCancelReject(
                    FixReports.cancelReject(message), clock.instant()).reports());
            case MsgType.BUSINESS_MESSAGE_REJECT -> businessReject(message);
            default -> {
                log.warn("FIX session {}: message type {} is not handled; answered with BusinessMessageReject",
                        sessionId, msgType);
                throw new UnsupportedMessageType();
            }
        }
    }

    /** A session-level Reject of one of our messages. */
    void onSessionReject(Message reject) throws FieldNotFound {
        int refSeqNum = reject.getInt(RefSeqNum.FIELD);
        String reason = (reject.isSetField(SessionRejectReason.FIELD)
                ? "reason " + reject.getInt(SessionRejectReason.FIELD) : "no reason code")
                + (reject.isSetField(RefTagID.FIELD) ? ", tag " + reject.getInt(RefTagID.FIELD) : "")
                + (reject.isSetField(Text.FIELD) ? ": " + reject.getString(Text.FIELD) : "");
        log.warn("FIX session {}: the counterparty rejected our message {} ({})", sessionId, refSeqNum, reason);
        refused(refSeqNum, null, "session reject: " + reason);
    }

    private void execution(Message message) throws FieldNotFound, IncorrectTagValue {
        metrics.increment("reports.received");
        FixExecution execution = FixReports.execution(message, dialect, clock.instant());
        if (execution.statusAnswer()) {
            Reconciler.Answer answer = reconciler.onStatus(execution, clock.instant());
            delivery.deliver(answer.reports());
            metrics.increment("reconcile.differences", answer.reports().size());
            if (!answer.followUps().isEmpty()) {
                sender.requestStatus(answer.followUps());
            }
            return;
        }
        ExecutionMatcher.Outcome outcome = matcher.onExecution(execution);
        delivery.deliver(outcome.reports());
        if (outcome.dontKnow() != null) {
            ExecutionMatcher.DontKnow dk = outcome.dontKnow();
            metrics.increment("reports.dont_know");
            sendBack(messages.dontKnow(dk.execution(), dk.reason(), dk.text(), dk.order()));
        }
    }

    private void businessReject(Message reject) throws FieldNotFound {
        int refSeqNum = reject.isSetField(RefSeqNum.FIELD) ? reject.getInt(RefSeqNum.FIELD) : 0;
        String text = reject.isSetField(Text.FIELD) ? reject.getString(Text.FIELD) : "no text";
        log.warn("FIX session {}: the counterparty refused our {} (seq {}): {}", sessionId,
                reject.getString(RefMsgType.FIELD), refSeqNum, text);
        String clOrdId = reject.isSetField(BusinessRejectRefID.FIELD) ? reject.getString(BusinessRejectRefID.FIELD)
                : null;
        refused(refSeqNum, clOrdId, "business reject: " + text);
    }

    /** Finds the refused request in the store (by sequence number) and tells the matcher. */
    private void refused(int refSeqNum, String knownClOrdId, String text) throws FieldNotFound {
        Optional<Message> sent = stored(refSeqNum);
        if (sent.isEmpty()) {
            return;
        }
        Message request = sent.get();
        String msgType = request.getHeader().getString(MsgType.FIELD);
        if (MsgType.ORDER_MASS_STATUS_REQUEST.equals(msgType)) {
            sender.requestStatus(reconciler.massStatusRefused(request.isSetField(MassStatusReqID.FIELD)
                    ? request.getString(MassStatusReqID.FIELD) : null));
            return;
        }
        String clOrdId = knownClOrdId != null ? knownClOrdId
                : request.isSetField(ClOrdID.FIELD) ? request.getString(ClOrdID.FIELD) : null;
        delivery.deliver(matcher.onRequestRefused(msgType, clOrdId, text, clock.instant()).reports());
    }

    private Optional<Message> stored(int seqNum) {
        Session session = Session.lookupSession(sessionId);
        if (session == null || seqNum <= 0) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>(1);
        try {
            session.getStore().get(seqNum, seqNum, found);
            return found.isEmpty() ? Optional.empty() : Optional.of(new Message(found.get(0), false));
        } catch (IOException | InvalidMessage e) {
            log.warn("FIX session {}: cannot read our message {} from the store: {}", sessionId, seqNum, e.toString());
            return Optional.empty();
        }
    }

    private void sendBack(Message message) {
        Session session = Session.lookupSession(sessionId);
        if (session != null) {
            session.send(message);
        }
    }
}
