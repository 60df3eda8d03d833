package io.dto.plugins.fixsim;

import static io.dto.plugins.fixsim.FixTestClient.field;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrderQty;
import quickfix.field.RefSeqNum;
import quickfix.field.RefTagID;
import quickfix.field.SessionRejectReason;
import quickfix.field.TimeInForce;

@DisplayName("fix-sim facing hostile input")
class HostileInputTest {

    private static final char SOH = '\u0001';

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private FixSimVenue venue;

    @BeforeEach
    void startVenue() throws Exception {
        log.start();
        rootLogger().addAppender(log);
        venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL"), LiquidityConfig.disabled());
        venue.start();
    }

    @AfterEach
    void stopVenue() {
        venue.stop();
        rootLogger().detachAppender(log);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Waits, boundedly, for an ERROR event containing {@code text}; the venue logs on its own I/O threads. */
    private boolean logged(String text) {
        long deadline = System.nanoTime() + FixTestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (log) {
                if (List.copyOf(log.list).stream().anyMatch(e -> e.getLevel() == Level.ERROR
                        && e.getFormattedMessage().contains(text))) {
                    return true;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return false;
    }

    @Test
    @DisplayName("a bad checksum and a garbage byte stream leave the venue serving well-behaved sessions")
    void shouldKeepServingAfterBadChecksumAndGarbage() throws Exception {
        try (Socket raw = new Socket("127.0.0.1", venue.port())) {
            raw.getOutputStream().write(logon("FIX.4.4", true));
            raw.getOutputStream().flush();
            assertThat(readsNothingButMaybeEof(raw)).isTrue();
        }
        assertThat(logged("CheckSum")).as("the bad checksum is logged").isTrue();
        try (Socket raw = new Socket("127.0.0.1", venue.port())) {
            byte[] garbage = new byte[64 * 1024];
            new Random(42).nextBytes(garbage);
            OutputStream out = raw.getOutputStream();
            out.write(garbage);
            out.write("8=FIX.4.4\u00019=99999\u000135=D\u0001".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        try (FixTestClient client = FixTestClient.connect("FIX.4.4", venue.port())) {
            client.send(FixOrders.limit("after-garbage", "AAPL", '1', "100", "10", TimeInForce.DAY));

            Message ack = client.await(MsgType.EXECUTION_REPORT, "after-garbage");
            assertThat(ack.getChar(ExecType.FIELD)).isEqualTo(ExecType.NEW);
            assertThat(logged("decoder")).as("the garbage is logged").isTrue();
            assertThat(venue.loggedOnSessions()).contains(new SessionID("FIX.4.4", "FIXSIM", "DTO"));
        }
    }

    @Test
    @DisplayName("a NewOrderSingle missing a required tag gets a session Reject and the session stays up")
    void shouldRejectOrderMissingRequiredTag() throws Exception {
        try (FixTestClient client = FixTestClient.connect("FIX.4.4", venue.port())) {
            Message noSide = FixOrders.limit("no-side", "AAPL", '1', "100", "10", TimeInForce.DAY);
            noSide.removeField(quickfix.field.Side.FIELD);

            client.send(noSide);

            Message reject = client.awaitType(MsgType.REJECT);
            assertThat(reject.getInt(SessionRejectReason.FIELD)).isEqualTo(SessionRejectReason.REQUIRED_TAG_MISSING);
            assertThat(reject.getInt(RefTagID.FIELD)).isEqualTo(quickfix.field.Side.FIELD);
            assertThat(reject.getInt(RefSeqNum.FIELD)).isPositive();
            assertThat(client.isLoggedOn()).isTrue();

            client.send(FixOrders.limit("with-side", "AAPL", '1', "100", "10", TimeInForce.DAY));
            Message ack = client.await(MsgType.EXECUTION_REPORT, "with-side");
            assertThat(field(ack, OrderQty.FIELD)).isEqualTo("10");
        }
    }

    /** True when the venue sends nothing back for a while (it may close the connection): a bounded wait. */
    private static boolean readsNothingButMaybeEof(Socket socket) throws Exception {
        socket.setSoTimeout(1_000);
        InputStream in = socket.getInputStream();
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException silent) {
            return true;
        }
    }

    private static byte[] logon(String beginString, boolean corruptChecksum) {
        String sendingTime = LocalDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS"));
        String body = "35=A" + SOH + "34=1" + SOH + "49=DTO" + SOH + "52=" + sendingTime + SOH + "56=FIXSIM" + SOH
                + "98=0" + SOH + "108=30" + SOH + "141=Y" + SOH;
        String head = "8=" + beginString + SOH + "9=" + body.length() + SOH;
        int sum = 0;
        for (byte b : (head + body).getBytes(StandardCharsets.US_ASCII)) {
            sum += b & 0xFF;
        }
        int checksum = (sum + (corruptChecksum ? 1 : 0)) % 256;
        return (head + body + String.format("10=%03d", checksum) + SOH).getBytes(StandardCharsets.US_ASCII);
    }
}
