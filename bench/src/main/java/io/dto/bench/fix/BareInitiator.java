package io.dto.bench.fix;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Recorder;
import quickfix.Application;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.FileStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.HandlInst;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/**
 * The baseline: a bare QuickFIX/J initiator (FIX 4.4, FileStore like the plugin's) sending NewOrderSingles from the
 * caller's thread and handing the ClOrdID of the venue's NEW acknowledgement in {@code fromApp} to {@code acks}. It
 * also times each {@code Session.send}, which is what tells whether sending can block.
 */
final class BareInitiator implements Application, RoundTrips.Path, AutoCloseable {

    static final SessionID SESSION = new SessionID("FIX.4.4", "BENCH", "FIXSIM");

    private final Consumer<String> acks;
    private final CountDownLatch loggedOn = new CountDownLatch(1);
    private final Recorder sendNanos = new Recorder(3);
    private final SocketInitiator initiator;

    BareInitiator(int port, Path store, Consumer<String> acks) throws Exception {
        this.acks = acks;
        String text = "[DEFAULT]\nConnectionType=initiator\nFileStorePath=" + store + "\nStartTime=00:00:00\n"
                + "EndTime=00:00:00\nNonStopSession=Y\nHeartBtInt=30\nReconnectInterval=1\nResetOnLogon=Y\n"
                + "UseDataDictionary=Y\nDataDictionary=FIX44.xml\nValidateUserDefinedFields=N\n[SESSION]\n"
                + "BeginString=FIX.4.4\nSenderCompID=BENCH\nTargetCompID=FIXSIM\nSocketConnectHost=127.0.0.1\n"
                + "SocketConnectPort=" + port + "\n";
        SessionSettings settings = new SessionSettings(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.US_ASCII)));
        initiator = SocketInitiator.newBuilder().withApplication(this).withSettings(settings)
                .withMessageStoreFactory(new FileStoreFactory(settings)).withLogFactory(new SLF4JLogFactory(settings))
                .withMessageFactory(new DefaultMessageFactory()).build();
    }

    void start() throws Exception {
        initiator.start();
        if (!loggedOn.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the bare initiator did not log on to fix-sim");
        }
    }

    @Override
    public void send(long n, String id) {
        send(id, FixRoundTripBench.price(n));
    }

    /** A resting limit buy of one AAPL at {@code price}, ClOrdID {@code id}. */
    void send(String id, BigDecimal price) {
        Message order = new Message();
        order.getHeader().setString(MsgType.FIELD, MsgType.ORDER_SINGLE);
        order.setString(ClOrdID.FIELD, id);
        order.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION);
        order.setString(Symbol.FIELD, FixRoundTripBench.SYMBOL);
        order.setChar(Side.FIELD, Side.BUY);
        order.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.now(ZoneOffset.UTC), true);
        order.setDecimal(OrderQty.FIELD, BigDecimal.ONE);
        order.setChar(OrdType.FIELD, OrdType.LIMIT);
        order.setDecimal(Price.FIELD, price);
        order.setChar(TimeInForce.FIELD, TimeInForce.DAY);
        long start = System.nanoTime();
        Session.lookupSession(SESSION).send(order);
        sendNanos.recordValue(System.nanoTime() - start);
    }

    /** How long each {@code Session.send} took, in nanoseconds, since the last call. */
    org.HdrHistogram.Histogram sendDurations() {
        return sendNanos.getIntervalHistogram();
    }

    @Override
    public void fromApp(Message message, SessionID session) throws FieldNotFound {
        if (MsgType.EXECUTION_REPORT.equals(message.getHeader().getString(MsgType.FIELD))
                && message.getChar(ExecType.FIELD) == ExecType.NEW) {
            acks.accept(message.getString(ClOrdID.FIELD));
        }
    }

    @Override
    public void onLogon(SessionID session) {
        loggedOn.countDown();
    }

    @Override
    public void onCreate(SessionID session) {
    }

    @Override
    public void onLogout(SessionID session) {
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
    }

    @Override
    public void fromAdmin(Message message, SessionID session) {
    }

    @Override
    public void toApp(Message message, SessionID session) {
    }

    @Override
    public void close() {
        initiator.stop();
    }
}
