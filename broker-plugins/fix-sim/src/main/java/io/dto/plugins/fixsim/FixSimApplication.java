package io.dto.plugins.fixsim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.BusinessRejectReason;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;

/**
 * The venue's QuickFIX/J application: one handler for FIX 4.2, 4.4 and FIXT.1.1/5.0SP2 sessions, dispatching on
 * MsgType. It reads each order request on QuickFIX/J's thread, so structural problems are still rejected by the
 * session, and hands it to the {@link MatchingEngine}, whose reports go out through the {@link FixSender}.
 * Message types the venue does not handle get a BusinessMessageReject (reason 3, unsupported message type) from
 * QuickFIX/J, which is what throwing {@link UnsupportedMessageType} asks for.
 */
final class FixSimApplication implements Application {

    private static final Logger LOG = LoggerFactory.getLogger(FixSimApplication.class);

    private final MatchingEngine engine;
    private final FixSender sender;

    FixSimApplication(MatchingEngine engine, FixSender sender) {
        this.engine = engine;
        this.sender = sender;
    }

    @Override
    public void fromApp(Message message, SessionID session)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        String msgType = message.getHeader().getString(MsgType.FIELD);
        ClientRequest request = switch (msgType) {
            case MsgType.ORDER_SINGLE -> FixRequests.newOrder(message, session);
            case MsgType.ORDER_CANCEL_REQUEST -> FixRequests.cancel(message, session);
            case MsgType.ORDER_CANCEL_REPLACE_REQUEST -> FixRequests.replace(message, session);
            case MsgType.ORDER_STATUS_REQUEST -> FixRequests.status(message, session);
            case MsgType.ORDER_MASS_STATUS_REQUEST -> FixRequests.massStatus(message, session);
            default -> throw new UnsupportedMessageType();
        };
        int seqNum = message.getHeader().getInt(MsgSeqNum.FIELD);
        engine.submit(request, failure -> onEngineFailure(session, msgType, seqNum, failure));
    }

    @Override
    public void onCreate(SessionID session) {
        LOG.debug("fix-sim session created: {}", session);
    }

    @Override
    public void onLogon(SessionID session) {
        LOG.info("fix-sim counterparty logged on: {}", session);
    }

    @Override
    public void onLogout(SessionID session) {
        LOG.info("fix-sim counterparty logged out: {}", session);
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
        // Session-level messages need nothing from the venue.
    }

    @Override
    public void fromAdmin(Message message, SessionID session) {
        // Logons are accepted as configured; QuickFIX/J logs session-level rejects itself.
    }

    @Override
    public void toApp(Message message, SessionID session) {
        // Reports go out as built.
    }

    /** A bug while handling a request: log it and tell the counterparty its message was not processed. */
    private void onEngineFailure(SessionID session, String msgType, int seqNum, RuntimeException failure) {
        LOG.error("fix-sim failed to process {} (seq {}) from {}", msgType, seqNum, session, failure);
        sender.businessReject(session, msgType, seqNum, BusinessRejectReason.OTHER,
                "venue failed to process the message: " + failure);
    }
}
