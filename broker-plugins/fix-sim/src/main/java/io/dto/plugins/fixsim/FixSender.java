package io.dto.plugins.fixsim;

import io.dto.plugins.fixsim.VenueReport.CancelReject;
import io.dto.plugins.fixsim.VenueReport.Execution;
import io.dto.plugins.fixsim.VenueReport.MassStatusPart;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.field.BusinessRejectReason;
import quickfix.field.MsgType;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.Text;

/** Sends the venue's messages to QuickFIX/J sessions. Thread-safe: QuickFIX/J serialises sends per session. */
final class FixSender implements Consumer<VenueReport> {

    private static final Logger LOG = LoggerFactory.getLogger(FixSender.class);

    @Override
    public void accept(VenueReport report) {
        Message message;
        if (report instanceof Execution e) {
            message = FixReports.executionReport(e);
        } else if (report instanceof MassStatusPart m) {
            message = FixReports.massStatusReport(m);
        } else {
            message = FixReports.cancelReject((CancelReject) report);
        }
        send(message, report.session());
    }

    /** Tells a counterparty that one of its application messages could not be processed. */
    void businessReject(SessionID session, String refMsgType, int refSeqNum, int reason, String text) {
        Message reject = new Message();
        reject.getHeader().setString(MsgType.FIELD, MsgType.BUSINESS_MESSAGE_REJECT);
        reject.setInt(RefSeqNum.FIELD, refSeqNum);
        reject.setString(RefMsgType.FIELD, refMsgType);
        reject.setInt(BusinessRejectReason.FIELD, reason);
        reject.setString(Text.FIELD, text);
        send(reject, session);
    }

    /** A session that no longer exists (the venue is stopping) cannot be reached: the message is dropped. */
    private static void send(Message message, SessionID session) {
        try {
            Session.sendToTarget(message, session);
        } catch (SessionNotFound e) {
            LOG.warn("fix-sim: session {} is gone; dropping {}", session, message, e);
        }
    }
}
