package io.dto.plugins.fix;

import static io.dto.plugins.fix.FixPluginDriver.limit;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.BusinessRejectReason;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.DKReason;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.RefMsgType;
import quickfix.field.RefTagID;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.SessionRejectReason;
import quickfix.field.Symbol;
import quickfix.field.TargetCompID;
import quickfix.field.Text;

/**
 * A counterparty that sends what it should not: the plugin logs a clear line, answers as FIX says (DontKnowTrade,
 * Reject, BusinessMessageReject), and the session and every other order carry on.
 */
@DisplayName("fix plugin facing a hostile counterparty")
class HostileCounterpartyTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final AtomicInteger execIds = new AtomicInteger();
    private Vertx vertx;
    private ScriptedVenue venue;
    private RecordingSink sink;
    private FixPluginDriver driver;

    @BeforeEach
    void start() throws Exception {
        log.start();
        root().addAppender(log);
        vertx = Vertx.vertx();
        venue = new ScriptedVenue();
        sink = new RecordingSink();
        driver = FixPluginDriver.startLoggedOn(vertx, InitiatorSettings.write(dir, "FIX.4.4", venue.port(), ""),
                new JsonObject(), new TestClock(), sink);
    }

    @AfterEach
    void stop() throws Exception {
        driver.close();
        venue.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        root().detachAppender(log);
    }

    private static ch.qos.logback.classic.Logger root() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private List<ILoggingEvent> logged(Level level, String text) {
        synchronized (log) {
            return List.copyOf(log.list).stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(level) && e.getFormattedMessage().contains(text))
                    .toList();
        }
    }

    /** An order the venue acknowledges, so the session is shown to carry on. */
    private OrderRequest acknowledgedOrder(String id) throws Exception {
        OrderRequest order = driver.submit(limit(id, Side.BUY, "10", "100", TimeInForce.DAY));
        venue.await(m -> MsgType.ORDER_SINGLE.equals(ScriptedVenue.type(m)) && id.equals(field(m, ClOrdID.FIELD)),
                "NewOrderSingle " + id);
        venue.send(report(id, ExecType.NEW, OrdStatus.NEW, "0", "10", null, null));
        sink.awaitStatus(id, OrderStatus.NEW);
        return order;
    }

    private Message report(String clOrdId, char execType, char ordStatus, String cum, String leaves, String lastQty,
            String lastPx) {
        Message report = new Message();
        report.getHeader().setString(MsgType.FIELD, MsgType.EXECUTION_REPORT);
        report.setString(OrderID.FIELD, "V-" + clOrdId);
        report.setString(ClOrdID.FIELD, clOrdId);
        report.setString(ExecID.FIELD, "X" + execIds.incrementAndGet());
        report.setChar(ExecType.FIELD, execType);
        report.setChar(OrdStatus.FIELD, ordStatus);
        report.setString(Symbol.FIELD, "AAPL");
        report.setChar(quickfix.field.Side.FIELD, quickfix.field.Side.BUY);
        report.setString(OrderQty.FIELD, "10");
        report.setString(CumQty.FIELD, cum);
        report.setString(LeavesQty.FIELD, leaves);
        report.setString(AvgPx.FIELD, lastPx == null ? "0" : lastPx);
        if (lastQty != null) {
            report.setString(LastQty.FIELD, lastQty);
            report.setString(LastPx.FIELD, lastPx);
        }
        return report;
    }

    private static String field(Message message, int tag) {
        try {
            return message.isSetField(tag) ? message.getString(tag) : null;
        } catch (quickfix.FieldNotFound e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("an ExecutionReport for an unknown ClOrdID is answered with DontKnowTrade (D) and logged")
    void shouldDontKnowUnknownClOrdId() throws Exception {
        venue.send(report("ghost", ExecType.TRADE, OrdStatus.FILLED, "10", "0", "10", "100"));

        Message dk = venue.awaitType(MsgType.DONT_KNOW_TRADE);
        assertThat(dk.getChar(DKReason.FIELD)).isEqualTo(DKReason.NO_MATCHING_ORDER);
        assertThat(dk.getString(ExecID.FIELD)).isEqualTo("X1");
        assertThat(dk.getString(Text.FIELD)).contains("ghost");
        assertThat(logged(Level.WARN, "unknown ClOrdID ghost")).isNotEmpty();
        assertThat(sink.order("ghost")).isNull();
        acknowledgedOrder("after-ghost");
    }

    @Test
    @DisplayName("a fill for a filled order is answered with DontKnowTrade (C); the order stays filled")
    void shouldDontKnowFillOfFilledOrder() throws Exception {
        OrderRequest order = acknowledgedOrder("filled");
        venue.send(report(order.id(), ExecType.TRADE, OrdStatus.FILLED, "10", "0", "10", "100"));
        sink.awaitStatus(order.id(), OrderStatus.FILLED);

        venue.send(report(order.id(), ExecType.TRADE, OrdStatus.FILLED, "20", "0", "10", "100"));

        Message dk = venue.awaitType(MsgType.DONT_KNOW_TRADE);
        assertThat(dk.getChar(DKReason.FIELD)).isEqualTo(DKReason.QUANTITY_EXCEEDS_ORDER);
        assertThat(logged(Level.ERROR, "which is already FILLED")).isNotEmpty();
        assertThat(sink.order(order.id()).filled).isEqualByComparingTo("10");
        acknowledgedOrder("after-overfill");
        assertThat(sink.order(order.id()).status).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    @DisplayName("a fill beyond a live order's quantity is answered with DontKnowTrade (C) and not applied")
    void shouldDontKnowOverfill() throws Exception {
        OrderRequest order = acknowledgedOrder("overfill");

        venue.send(report(order.id(), ExecType.TRADE, OrdStatus.FILLED, "15", "0", "15", "100"));

        assertThat(venue.awaitType(MsgType.DONT_KNOW_TRADE).getChar(DKReason.FIELD))
                .isEqualTo(DKReason.QUANTITY_EXCEEDS_ORDER);
        assertThat(logged(Level.ERROR, "would take it to 15 of 10")).isNotEmpty();
        venue.send(report(order.id(), ExecType.TRADE, OrdStatus.FILLED, "10", "0", "10", "100"));
        assertThat(sink.awaitStatus(order.id(), OrderStatus.FILLED).filled).isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("a report missing a required tag gets a session Reject naming the tag; the next report is applied")
    void shouldRejectReportMissingRequiredTag() throws Exception {
        OrderRequest order = acknowledgedOrder("no-exec-id");
        Message broken = report(order.id(), ExecType.TRADE, OrdStatus.PARTIALLY_FILLED, "4", "6", "4", "100");
        broken.removeField(ExecID.FIELD);

        venue.send(broken);

        Message reject = venue.awaitType(MsgType.REJECT);
        assertThat(reject.getInt(SessionRejectReason.FIELD)).isEqualTo(SessionRejectReason.REQUIRED_TAG_MISSING);
        assertThat(reject.getInt(RefTagID.FIELD)).isEqualTo(ExecID.FIELD);
        assertThat(logged(Level.WARN, "rejecting the counterparty's message")).isNotEmpty();
        venue.send(report(order.id(), ExecType.TRADE, OrdStatus.PARTIALLY_FILLED, "4", "6", "4", "100"));
        assertThat(sink.awaitStatus(order.id(), OrderStatus.PARTIALLY_FILLED).filled).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("a message with a bad checksum is skipped and logged; the session carries on")
    void shouldSkipMessageWithBadChecksum() throws Exception {
        OrderRequest order = acknowledgedOrder("checksum");
        Message fill = report(order.id(), ExecType.TRADE, OrdStatus.FILLED, "10", "0", "10", "100");
        String wire = stamp(fill, venue.nextSeqNum()).toString();
        String corrupted = wire.substring(0, wire.length() - 4) + (wire.endsWith("000\u0001") ? "001" : "000")
                + "\u0001";

        venue.sendRaw(corrupted);
        venue.send(report(order.id(), ExecType.TRADE, OrdStatus.FILLED, "10", "0", "10", "100.5"));

        assertThat(sink.awaitStatus(order.id(), OrderStatus.FILLED).averagePrice()).isEqualByComparingTo("100.5");
        assertThat(logged(Level.ERROR, "CheckSum")).as("QuickFIX/J logs the skipped message").isNotEmpty();
        assertThat(sink.order(order.id()).reports).hasSize(2);
    }

    @Test
    @DisplayName("a garbage byte stream is discarded and logged; the session and its orders carry on")
    void shouldRecoverFromGarbage() throws Exception {
        OrderRequest before = acknowledgedOrder("before-garbage");
        StringBuilder garbage = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 8_192; i++) {
            garbage.append((char) (' ' + random.nextInt(90)));
        }

        venue.sendRaw(garbage.toString());

        acknowledgedOrder("after-garbage");
        assertThat(logged(Level.ERROR, "No appropriate message decoder")).isNotEmpty();
        venue.send(report(before.id(), ExecType.TRADE, OrdStatus.FILLED, "10", "0", "10", "99.5"));
        assertThat(sink.awaitStatus(before.id(), OrderStatus.FILLED).averagePrice()).isEqualByComparingTo("99.5");
    }

    @Test
    @DisplayName("a message type the plugin does not handle is answered with BusinessMessageReject (3)")
    void shouldBusinessRejectUnsupportedMessage() throws Exception {
        quickfix.fix44.News news = new quickfix.fix44.News(new quickfix.field.Headline("hello"));
        quickfix.fix44.News.LinesOfText line = new quickfix.fix44.News.LinesOfText();
        line.set(new Text("not an order"));
        news.addGroup(line);

        venue.send(news);

        Message reject = venue.awaitType(MsgType.BUSINESS_MESSAGE_REJECT);
        assertThat(reject.getInt(BusinessRejectReason.FIELD)).isEqualTo(BusinessRejectReason.UNSUPPORTED_MESSAGE_TYPE);
        assertThat(reject.getString(RefMsgType.FIELD)).isEqualTo(MsgType.NEWS);
        assertThat(logged(Level.WARN, "message type B is not handled")).isNotEmpty();
        acknowledgedOrder("after-news");
    }

    @Test
    @DisplayName("a refused OrderMassStatusRequest falls back to an OrderStatusRequest per open order")
    void shouldFallBackWhenMassStatusIsRefused() throws Exception {
        driver.close();
        driver = FixPluginDriver.startLoggedOn(vertx, InitiatorSettings.write(dir, "FIX.4.4", venue.port(), ""),
                new JsonObject().put("mass_status", true), new TestClock(), sink);
        Message firstMassStatus = venue.awaitType(MsgType.ORDER_MASS_STATUS_REQUEST);
        OrderRequest open = acknowledgedOrder("open");

        quickfix.Session.lookupSession(ScriptedVenue.SESSION).disconnect("test drops the line", false);
        Message massStatus = venue.await(m -> MsgType.ORDER_MASS_STATUS_REQUEST.equals(ScriptedVenue.type(m))
                && m != firstMassStatus, "a second OrderMassStatusRequest");
        Message refusal = new Message();
        refusal.getHeader().setString(MsgType.FIELD, MsgType.BUSINESS_MESSAGE_REJECT);
        refusal.setInt(quickfix.field.RefSeqNum.FIELD, massStatus.getHeader().getInt(MsgSeqNum.FIELD));
        refusal.setString(RefMsgType.FIELD, MsgType.ORDER_MASS_STATUS_REQUEST);
        refusal.setInt(BusinessRejectReason.FIELD, BusinessRejectReason.UNSUPPORTED_MESSAGE_TYPE);
        venue.send(refusal);

        Message statusRequest = venue.awaitType(MsgType.ORDER_STATUS_REQUEST);
        assertThat(statusRequest.getString(ClOrdID.FIELD)).isEqualTo(open.id());
        assertThat(logged(Level.WARN, "refused the OrderMassStatusRequest")).isNotEmpty();
    }

    /** Fills in the header a session would, for a message written raw to the socket. */
    private static Message stamp(Message message, int seqNum) {
        Message.Header header = message.getHeader();
        header.setString(quickfix.field.BeginString.FIELD, "FIX.4.4");
        header.setString(SenderCompID.FIELD, "FIXSIM");
        header.setString(TargetCompID.FIELD, "DTO");
        header.setInt(MsgSeqNum.FIELD, seqNum);
        header.setUtcTimeStamp(SendingTime.FIELD, LocalDateTime.now(ZoneOffset.UTC), true);
        return message;
    }
}
