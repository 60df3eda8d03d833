package io.dto.plugins.fixsim;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.FixVersions;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.ClOrdID;
import quickfix.field.MsgType;

/**
 * A real QuickFIX/J initiator for tests: logs on to the venue as DTO and queues every message it receives, so a
 * test waits for the one it expects with a timeout.
 */
final class FixTestClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final List<Message> parked = new ArrayList<>();
    private final Semaphore logons = new Semaphore(0);
    private final Semaphore logouts = new Semaphore(0);
    private final AtomicInteger syncs = new AtomicInteger();
    private final SessionID sessionId;
    private final SocketInitiator initiator;

    private FixTestClient(String beginString, int port, boolean resetOnLogon) throws ConfigError {
        this.sessionId = new SessionID(beginString, "DTO", "FIXSIM");
        SessionSettings settings = settings(sessionId, port, resetOnLogon);
        this.initiator = SocketInitiator.newBuilder()
                .withApplication(new Recorder())
                .withMessageStoreFactory(new MemoryStoreFactory())
                .withSettings(settings)
                .withLogFactory(new SLF4JLogFactory(settings))
                .withMessageFactory(new DefaultMessageFactory())
                .build();
    }

    /** Connects and waits for the logon to complete; sequence numbers reset at every logon. */
    static FixTestClient connect(String beginString, int port) throws Exception {
        return connect(beginString, port, true);
    }

    /**
     * Connects and waits for the logon to complete.
     *
     * @param resetOnLogon false to keep sequence numbers (in memory) across reconnects, so missed messages are resent
     */
    static FixTestClient connect(String beginString, int port, boolean resetOnLogon) throws Exception {
        FixTestClient client = new FixTestClient(beginString, port, resetOnLogon);
        client.initiator.start();
        try {
            client.awaitLogon();
        } catch (AssertionError e) {
            client.close();
            throw e;
        }
        return client;
    }

    /** Waits for the next logon (the first, or one after a reconnect). */
    void awaitLogon() throws InterruptedException {
        if (!logons.tryAcquire(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(sessionId + " did not log on within " + TIMEOUT);
        }
    }

    /** Waits for the session to be logged out or disconnected. */
    void awaitLogout() throws InterruptedException {
        if (!logouts.tryAcquire(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(sessionId + " was not logged out within " + TIMEOUT);
        }
    }

    private static SessionSettings settings(SessionID id, int port, boolean resetOnLogon) throws ConfigError {
        String dictionaries = switch (id.getBeginString()) {
            case FixVersions.BEGINSTRING_FIX42 -> "DataDictionary=FIX42.xml\n";
            case FixVersions.BEGINSTRING_FIX44 -> "DataDictionary=FIX44.xml\n";
            default -> "DefaultApplVerID=FIX.5.0SP2\nTransportDataDictionary=FIXT11.xml\n"
                    + "AppDataDictionary=FIX50SP2.xml\n";
        };
        String text = "[DEFAULT]\n"
                + "ConnectionType=initiator\n"
                + "SocketConnectHost=127.0.0.1\n"
                + "SocketConnectPort=" + port + "\n"
                + "StartTime=00:00:00\n"
                + "EndTime=00:00:00\n"
                + "HeartBtInt=30\n"
                + "ReconnectInterval=1\n"
                + "ResetOnLogon=" + (resetOnLogon ? "Y" : "N") + "\n"
                + "UseDataDictionary=Y\n"
                + "ValidateUserDefinedFields=N\n"
                + "[SESSION]\n"
                + "BeginString=" + id.getBeginString() + "\n"
                + "SenderCompID=" + id.getSenderCompID() + "\n"
                + "TargetCompID=" + id.getTargetCompID() + "\n"
                + dictionaries;
        return new SessionSettings(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    SessionID sessionId() {
        return sessionId;
    }

    void send(Message message) throws SessionNotFound {
        Session.sendToTarget(message, sessionId);
    }

    /** Waits for the next received message (application or session-level) that matches. */
    Message await(Predicate<Message> match, String what) throws InterruptedException {
        for (Iterator<Message> it = parked.iterator(); it.hasNext();) {
            Message message = it.next();
            if (match.test(message)) {
                it.remove();
                return message;
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Message message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no " + what + " within " + TIMEOUT + "; unmatched: " + parked);
            }
            if (match.test(message)) {
                return message;
            }
            parked.add(message);
        }
    }

    /** The next message of this type about this ClOrdID. */
    Message await(String msgType, String clOrdId) throws InterruptedException {
        return await(m -> msgType.equals(header(m, MsgType.FIELD)) && clOrdId.equals(field(m, ClOrdID.FIELD)),
                "35=" + msgType + " for ClOrdID " + clOrdId);
    }

    Message awaitType(String msgType) throws InterruptedException {
        return await(m -> msgType.equals(header(m, MsgType.FIELD)), "35=" + msgType);
    }

    /**
     * Sends a status request for an unknown order and waits for its answer: everything the venue sent before has
     * then arrived, and is dropped.
     */
    void sync() throws Exception {
        String id = "sync-" + syncs.incrementAndGet();
        send(FixOrders.status(id, "AAPL", '1'));
        await(MsgType.EXECUTION_REPORT, id);
        parked.clear();
        received.clear();
    }

    boolean isLoggedOn() {
        Session session = Session.lookupSession(sessionId);
        return session != null && session.isLoggedOn();
    }

    @Override
    public void close() {
        initiator.stop();
    }

    static String field(Message message, int tag) {
        try {
            return message.isSetField(tag) ? message.getString(tag) : null;
        } catch (FieldNotFound e) {
            throw new AssertionError(e);
        }
    }

    static String header(Message message, int tag) {
        try {
            return message.getHeader().getString(tag);
        } catch (FieldNotFound e) {
            throw new AssertionError(e);
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private final class Recorder implements Application {
        @Override
        public void onCreate(SessionID id) {
        }

        @Override
        public void onLogon(SessionID id) {
            logons.release();
        }

        @Override
        public void onLogout(SessionID id) {
            logouts.release();
        }

        @Override
        public void toAdmin(Message message, SessionID id) {
        }

        @Override
        public void fromAdmin(Message message, SessionID id) {
            if (MsgType.REJECT.equals(header(message, MsgType.FIELD))) {
                received.add(message);
            }
        }

        @Override
        public void toApp(Message message, SessionID id) {
        }

        @Override
        public void fromApp(Message message, SessionID id) {
            received.add(message);
        }
    }
}
