package io.dto.plugins.fix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import quickfix.Application;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.MsgType;

/**
 * A counterparty the test scripts: a real QuickFIX/J acceptor (FIX 4.4, FIXSIM, validating what it receives) whose
 * application only records. The test sends what it likes, well-formed or not, through the session or raw on the
 * socket.
 */
final class ScriptedVenue implements AutoCloseable {

    static final SessionID SESSION = new SessionID("FIX.4.4", "FIXSIM", "DTO");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final List<Message> parked = new ArrayList<>();
    private final SocketAcceptor acceptor;

    ScriptedVenue() throws Exception {
        String text = "[DEFAULT]\nConnectionType=acceptor\nSocketAcceptAddress=127.0.0.1\nSocketAcceptPort=0\n"
                + "StartTime=00:00:00\nEndTime=00:00:00\nNonStopSession=Y\nHeartBtInt=30\nUseDataDictionary=Y\n"
                + "DataDictionary=FIX44.xml\nValidateUserDefinedFields=N\n[SESSION]\nBeginString=FIX.4.4\n"
                + "SenderCompID=FIXSIM\nTargetCompID=DTO\n";
        SessionSettings settings = new SessionSettings(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
        acceptor = SocketAcceptor.newBuilder().withApplication(new Recorder()).withSettings(settings)
                .withMessageStoreFactory(new MemoryStoreFactory()).withLogFactory(new SLF4JLogFactory(settings))
                .withMessageFactory(new DefaultMessageFactory()).build();
        acceptor.start();
    }

    int port() {
        return ((java.net.InetSocketAddress) acceptor.getEndpoints().iterator().next().getLocalAddress()).getPort();
    }

    void send(Message message) {
        Session.lookupSession(SESSION).send(message);
    }

    /**
     * Writes bytes straight to the socket, past QuickFIX/J's session (no sequence number is consumed).
     */
    void sendRaw(String bytes) {
        Session.lookupSession(SESSION).getResponder().send(bytes);
    }

    /** The next sequence number the session will send, for hand-built messages. */
    int nextSeqNum() {
        return Session.lookupSession(SESSION).getExpectedSenderNum();
    }

    /** Waits for the next received message (application, or session Reject) that matches. */
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
                throw new AssertionError("the venue received no " + what + " within " + TIMEOUT + "; other: "
                        + parked);
            }
            if (match.test(message)) {
                return message;
            }
            parked.add(message);
        }
    }

    Message awaitType(String msgType) throws InterruptedException {
        return await(m -> msgType.equals(type(m)), "message of type " + msgType);
    }

    static String type(Message message) {
        try {
            return message.getHeader().getString(MsgType.FIELD);
        } catch (FieldNotFound e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        acceptor.stop(true);
    }

    private final class Recorder implements Application {
        @Override
        public void onCreate(SessionID id) {
        }

        @Override
        public void onLogon(SessionID id) {
        }

        @Override
        public void onLogout(SessionID id) {
        }

        @Override
        public void toAdmin(Message message, SessionID id) {
        }

        @Override
        public void fromAdmin(Message message, SessionID id) {
            if (MsgType.REJECT.equals(type(message))) {
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
