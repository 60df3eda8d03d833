package io.dto.plugins.fix;

import io.dto.api.message.BrokerSessionStatus;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import quickfix.Session;
import quickfix.SessionID;

/**
 * The state of the FIX session as the gateway shows it ({@code broker.sessions}, {@code GET /api/sessions}):
 * logged on or not and why, the next sequence numbers each way, and when the counterparty last sent anything.
 * "Logged on" means the application has seen the logon (and queued reconciliation), not merely that QuickFIX/J has.
 * QuickFIX/J's threads record events; the sender thread takes snapshots (reading the session off the event loop).
 */
final class SessionMonitor {

    private final String broker;
    private final SessionID sessionId;
    private final InstantSource clock;
    private volatile Instant lastReceived;
    private volatile String detail = "connecting";
    private volatile boolean loggedOn;
    private volatile boolean stopping;
    private volatile BrokerSessionStatus current;

    SessionMonitor(String broker, SessionID sessionId, InstantSource clock) {
        this.broker = broker;
        this.sessionId = sessionId;
        this.clock = clock;
        this.current = new BrokerSessionStatus(broker, sessionId.toString(), false, 0, 0, null, detail);
    }

    void onMessageReceived() {
        lastReceived = clock.instant();
    }

    void onLogon() {
        detail = "logged on";
        loggedOn = true;
    }

    void onLogout(String reason) {
        loggedOn = false;
        detail = reason == null ? "disconnected; reconnecting" : "logged out: " + reason + "; reconnecting";
    }

    void onStopping() {
        detail = "stopped";
        stopping = true;
    }

    /** Whether the plugin is stopping the session itself (a logout then is no incident). */
    boolean isStopping() {
        return stopping;
    }

    /** The latest snapshot. */
    BrokerSessionStatus current() {
        return current;
    }

    /** Takes a snapshot; returns it when it differs from the previous one. */
    Optional<BrokerSessionStatus> refresh() {
        Session session = Session.lookupSession(sessionId);
        BrokerSessionStatus next = session == null
                ? new BrokerSessionStatus(broker, sessionId.toString(), false, current.nextSenderSeqNum(),
                        current.nextTargetSeqNum(), lastReceived, detail)
                : new BrokerSessionStatus(broker, sessionId.toString(), loggedOn && session.isLoggedOn(),
                        session.getExpectedSenderNum(), session.getExpectedTargetNum(), lastReceived, detail);
        if (Objects.equals(next, current)) {
            return Optional.empty();
        }
        current = next;
        return Optional.of(next);
    }
}
