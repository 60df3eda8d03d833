package io.dto.plugins.fix;

import io.dto.api.PluginMetrics;
import java.time.InstantSource;
import java.util.List;
import org.slf4j.Logger;
import quickfix.Application;
import quickfix.DoNotSend;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.PossDupFlag;
import quickfix.field.RefSeqNum;
import quickfix.field.SessionRejectReason;
import quickfix.field.Text;

/**
 * The plugin's QuickFIX/J application: one for every FIX version, a thin router. QuickFIX/J calls it on its own
 * threads (messages and logons on its message-processing thread, first sends on the sender thread); nothing here
 * touches the Vert.x context except through {@link ReportDelivery}. It counts every message in and out by type
 * ({@code messages.in}, {@code messages.out}, tagged {@code msg_type}) and the application messages QuickFIX/J
 * resent at the counterparty's request ({@code messages.resent}).
 */
final class FixApplication implements Application {

    private final InboundMessages inbound;
    private final ResendGuard resendGuard;
    private final SessionMonitor monitor;
    private final SessionSender sender;
    private final ReportDelivery delivery;
    private final InstantSource clock;
    private final PluginMetrics metrics;
    private final Logger log;
    private volatile String logoutText;

    FixApplication(InboundMessages inbound, ResendGuard resendGuard, SessionMonitor monitor, SessionSender sender,
            ReportDelivery delivery, InstantSource clock, PluginMetrics metrics, Logger log) {
        this.inbound = inbound;
        this.resendGuard = resendGuard;
        this.monitor = monitor;
        this.sender = sender;
        this.delivery = delivery;
        this.clock = clock;
        this.metrics = metrics;
        this.log = log;
    }

    @Override
    public void onCreate(SessionID session) {
        log.info("FIX session {} created", session);
    }

    @Override
    public void onLogon(SessionID session) {
        log.info("FIX session {} logged on", session);
        logoutText = null;
        monitor.onLogon();
        sender.afterLogon();
    }

    @Override
    public void onLogout(SessionID session) {
        String reason = logoutText;
        if (monitor.isStopping()) {
            log.info("FIX session {} logged out", session);
        } else {
            log.warn("FIX session {} is down{}; reconnecting as its settings say", session,
                    reason == null ? "" : ": " + reason);
        }
        monitor.onLogout(reason);
        sender.refreshStatusSoon();
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
        try {
            String msgType = message.getHeader().getString(MsgType.FIELD);
            metrics.increment("messages.out", "msg_type", MessageTypeNames.of(msgType));
            if (MsgType.REJECT.equals(msgType)) {
                metrics.increment("rejects.sent");
                log.warn("FIX session {}: rejecting the counterparty's message {}: reason {}{}", session,
                        message.getInt(RefSeqNum.FIELD), message.isSetField(SessionRejectReason.FIELD)
                                ? message.getInt(SessionRejectReason.FIELD) : "-",
                        message.isSetField(Text.FIELD) ? " (" + message.getString(Text.FIELD) + ")" : "");
            }
        } catch (FieldNotFound e) {
            log.debug("outgoing admin message without the expected fields: {}", message);
        }
    }

    @Override
    public void fromAdmin(Message message, SessionID session) throws FieldNotFound {
        monitor.onMessageReceived();
        String msgType = message.getHeader().getString(MsgType.FIELD);
        metrics.increment("messages.in", "msg_type", MessageTypeNames.of(msgType));
        if (MsgType.REJECT.equals(msgType)) {
            inbound.onSessionReject(message);
        } else if (MsgType.LOGOUT.equals(msgType) && message.isSetField(Text.FIELD)) {
            logoutText = message.getString(Text.FIELD);
        }
    }

    @Override
    public void toApp(Message message, SessionID session) throws DoNotSend {
        try {
            resendGuard.check(message, clock.instant());
        } catch (ResendGuard.StaleOrder stale) {
            metrics.increment("orders.stale");
            delivery.deliver(List.of(stale.rejection()));
            throw stale;
        } catch (FieldNotFound e) {
            log.warn("FIX session {}: resend of a message without tag {} let through", session, e.field);
        }
        countOutgoing(message);
    }

    private void countOutgoing(Message message) {
        try {
            metrics.increment("messages.out", "msg_type",
                    MessageTypeNames.of(message.getHeader().getString(MsgType.FIELD)));
            Message.Header header = message.getHeader();
            if (header.isSetField(PossDupFlag.FIELD) && header.getBoolean(PossDupFlag.FIELD)) {
                metrics.increment("messages.resent");
            }
        } catch (FieldNotFound e) {
            log.debug("outgoing application message without a MsgType: {}", message);
        }
    }

    @Override
    public void fromApp(Message message, SessionID session)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        monitor.onMessageReceived();
        metrics.increment("messages.in", "msg_type", MessageTypeNames.of(message.getHeader().getString(MsgType.FIELD)));
        try {
            inbound.onApplicationMessage(message);
        } catch (RuntimeException e) {
            log.error("FIX session {}: failed to process message {}; it stays unconsumed and will be resent",
                    session, seqNum(message), e);
            throw e;
        }
    }

    private static String seqNum(Message message) {
        try {
            return Integer.toString(message.getHeader().getInt(MsgSeqNum.FIELD));
        } catch (FieldNotFound e) {
            return "?";
        }
    }
}
