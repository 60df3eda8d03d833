package io.dto.plugins.fixsim;

import static io.dto.plugins.fixsim.FixTestClient.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.BusinessRejectReason;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LastRptRequested;
import quickfix.field.LeavesQty;
import quickfix.field.MassStatusReqID;
import quickfix.field.MassStatusReqType;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.RefMsgType;
import quickfix.field.SecurityReqID;
import quickfix.field.SecurityRequestType;
import quickfix.field.StopPx;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TotNumReports;

/**
 * Full order lifecycles over loopback TCP between a real QuickFIX/J initiator and the venue, once per FIX version
 * (each subclass names its BeginString). The liquidity provider is off, so the book holds only the test's orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VenueSessionContract {

    private static final char BUY = '1';
    private static final char SELL = '2';

    private final AtomicInteger ids = new AtomicInteger();
    private FixSimVenue venue;
    private FixTestClient client;

    abstract String beginString();

    private boolean fix42() {
        return "FIX.4.2".equals(beginString());
    }

    @BeforeAll
    void startVenueAndLogOn() throws Exception {
        venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL", "MSFT"), LiquidityConfig.disabled());
        venue.start();
        client = FixTestClient.connect(beginString(), venue.port());
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (venue != null) {
            venue.stop();
        }
    }

    @BeforeEach
    void emptyTheBooks() throws Exception {
        venue.reset().get(10, TimeUnit.SECONDS);
        client.sync();
    }

    private String id(String name) {
        return name + "-" + ids.incrementAndGet();
    }

    private Message report(String clOrdId) throws InterruptedException {
        return client.await(MsgType.EXECUTION_REPORT, clOrdId);
    }

    private Message place(Message order) throws Exception {
        client.send(order);
        return report(field(order, ClOrdID.FIELD));
    }

    private char tradeExecType(boolean filled) {
        return fix42() ? (filled ? '2' : '1') : ExecType.TRADE;
    }

    @Test
    @DisplayName("a limit order that does not cross rests and is acknowledged NEW")
    void shouldAcknowledgeRestingLimitOrder() throws Exception {
        Message ack = place(FixOrders.limit(id("b"), "AAPL", BUY, "100.25", "100", TimeInForce.DAY));

        assertThat(ack.getChar(ExecType.FIELD)).isEqualTo(ExecType.NEW);
        assertThat(ack.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
        assertThat(ack.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("100");
        assertThat(ack.getDecimal(CumQty.FIELD)).isZero();
        assertThat(ack.getDecimal(Price.FIELD)).isEqualByComparingTo("100.25");
        assertThat(ack.getString(OrderID.FIELD)).isNotBlank();
    }

    @Test
    @DisplayName("a crossing order fills both sides at the resting price")
    void shouldFillBothSidesOfACross() throws Exception {
        String sell = id("s");
        String buy = id("b");
        place(FixOrders.limit(sell, "AAPL", SELL, "100", "100", TimeInForce.DAY));
        place(FixOrders.limit(buy, "AAPL", BUY, "101", "100", TimeInForce.DAY));

        Message buyFill = report(buy);
        Message sellFill = report(sell);
        for (Message fill : new Message[] {buyFill, sellFill}) {
            assertThat(fill.getChar(ExecType.FIELD)).isEqualTo(tradeExecType(true));
            assertThat(fill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
            assertThat(fill.getDecimal(LastPx.FIELD)).isEqualByComparingTo("100");
            assertThat(fill.getDecimal(LastQty.FIELD)).isEqualByComparingTo("100");
            assertThat(fill.getDecimal(CumQty.FIELD)).isEqualByComparingTo("100");
            assertThat(fill.getDecimal(LeavesQty.FIELD)).isZero();
            assertThat(fill.getDecimal(AvgPx.FIELD)).isEqualByComparingTo("100");
        }
        assertThat(buyFill.getString(ExecID.FIELD)).isNotEqualTo(sellFill.getString(ExecID.FIELD));
    }

    @Test
    @DisplayName("a larger crossing order is partly filled and rests the remainder")
    void shouldPartiallyFill() throws Exception {
        place(FixOrders.limit(id("s"), "AAPL", SELL, "100", "40", TimeInForce.DAY));
        String buy = id("b");
        place(FixOrders.limit(buy, "AAPL", BUY, "100", "100", TimeInForce.DAY));

        Message fill = report(buy);
        assertThat(fill.getChar(ExecType.FIELD)).isEqualTo(tradeExecType(false));
        assertThat(fill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.PARTIALLY_FILLED);
        assertThat(fill.getDecimal(CumQty.FIELD)).isEqualByComparingTo("40");
        assertThat(fill.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("60");
        assertThat(venue.book("AAPL", 1).get(10, TimeUnit.SECONDS).bids().get(0).quantity()).isEqualTo(60);
    }

    @Test
    @DisplayName("a cancel takes a resting order out under the cancel's ClOrdID")
    void shouldCancelRestingOrder() throws Exception {
        String buy = id("b");
        place(FixOrders.limit(buy, "AAPL", BUY, "99", "100", TimeInForce.GOOD_TILL_CANCEL));
        String cancel = id("c");

        Message canceled = place(FixOrders.cancel(cancel, buy, "AAPL", BUY, "100"));

        assertThat(canceled.getChar(ExecType.FIELD)).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.CANCELED);
        assertThat(canceled.getString(OrigClOrdID.FIELD)).isEqualTo(buy);
        assertThat(canceled.getDecimal(LeavesQty.FIELD)).isZero();
        assertThat(venue.book("AAPL", 1).get(10, TimeUnit.SECONDS).bids()).isEmpty();
    }

    @Test
    @DisplayName("a cancel/replace changes price and quantity, and status reflects it")
    void shouldReplaceRestingOrder() throws Exception {
        String buy = id("b");
        place(FixOrders.limit(buy, "AAPL", BUY, "99", "100", TimeInForce.DAY));
        String replace = id("r");

        Message replaced = place(FixOrders.replace(replace, buy, "AAPL", BUY, "99.5", "150"));

        assertThat(replaced.getChar(ExecType.FIELD)).isEqualTo(ExecType.REPLACED);
        assertThat(replaced.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
        assertThat(replaced.getString(OrigClOrdID.FIELD)).isEqualTo(buy);
        assertThat(replaced.getDecimal(Price.FIELD)).isEqualByComparingTo("99.5");
        assertThat(replaced.getDecimal(OrderQty.FIELD)).isEqualByComparingTo("150");
        Message status = place(FixOrders.status(replace, "AAPL", BUY));
        assertThat(status.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("150");
    }

    @Test
    @DisplayName("an order for an unknown symbol is rejected with a reason and text")
    void shouldRejectUnknownSymbol() throws Exception {
        Message reject = place(FixOrders.limit(id("b"), "ZZZZ", BUY, "1", "1", TimeInForce.DAY));

        assertThat(reject.getChar(ExecType.FIELD)).isEqualTo(ExecType.REJECTED);
        assertThat(reject.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(reject.getInt(OrdRejReason.FIELD)).isEqualTo(OrdRejReason.UNKNOWN_SYMBOL);
        assertThat(reject.getString(Text.FIELD)).contains("unknown symbol ZZZZ");
    }

    @Test
    @DisplayName("a non-positive quantity is rejected")
    void shouldRejectNonPositiveQuantity() throws Exception {
        Message reject = place(FixOrders.limit(id("b"), "AAPL", BUY, "100", "0", TimeInForce.DAY));

        assertThat(reject.getChar(ExecType.FIELD)).isEqualTo(ExecType.REJECTED);
        assertThat(reject.getInt(OrdRejReason.FIELD)).isEqualTo(fix42() ? 0 : OrdRejReason.INCORRECT_QUANTITY);
        assertThat(reject.getString(Text.FIELD)).contains("quantity");
    }

    @Test
    @DisplayName("a limit order without a price is rejected")
    void shouldRejectLimitWithoutPrice() throws Exception {
        Message order = FixOrders.order(MsgType.ORDER_SINGLE, id("b"), "AAPL", BUY, '2');
        order.setString(OrderQty.FIELD, "10");

        Message reject = place(order);

        assertThat(reject.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(reject.getString(Text.FIELD)).contains("price");
    }

    @Test
    @DisplayName("a stop order is rejected as unsupported")
    void shouldRejectUnsupportedOrderType() throws Exception {
        Message order = FixOrders.order(MsgType.ORDER_SINGLE, id("b"), "AAPL", BUY, '3');
        order.setString(OrderQty.FIELD, "10");
        order.setString(StopPx.FIELD, "120");

        Message reject = place(order);

        assertThat(reject.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(reject.getString(Text.FIELD)).contains("not supported");
    }

    @Test
    @DisplayName("IOC trades what it can and the remainder is canceled")
    void shouldCancelIocRemainder() throws Exception {
        place(FixOrders.limit(id("s"), "AAPL", SELL, "100", "30", TimeInForce.DAY));
        String buy = id("b");
        place(FixOrders.limit(buy, "AAPL", BUY, "100", "100", TimeInForce.IMMEDIATE_OR_CANCEL));

        assertThat(report(buy).getDecimal(LastQty.FIELD)).isEqualByComparingTo("30");
        Message canceled = report(buy);
        assertThat(canceled.getChar(ExecType.FIELD)).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.getDecimal(CumQty.FIELD)).isEqualByComparingTo("30");
        assertThat(canceled.getDecimal(LeavesQty.FIELD)).isZero();
    }

    @Test
    @DisplayName("FOK that cannot fill in full is canceled without trading")
    void shouldCancelUnfillableFok() throws Exception {
        place(FixOrders.limit(id("s"), "AAPL", SELL, "100", "30", TimeInForce.DAY));
        String buy = id("b");
        place(FixOrders.limit(buy, "AAPL", BUY, "100", "100", TimeInForce.FILL_OR_KILL));

        Message canceled = report(buy);
        assertThat(canceled.getChar(ExecType.FIELD)).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.getDecimal(CumQty.FIELD)).isZero();
        assertThat(canceled.getString(Text.FIELD)).contains("FOK");
    }

    @Test
    @DisplayName("a market order with no liquidity is canceled with a reason")
    void shouldCancelMarketOrderWithoutLiquidity() throws Exception {
        String buy = id("m");
        place(FixOrders.market(buy, "MSFT", BUY, "10"));

        Message canceled = report(buy);
        assertThat(canceled.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.CANCELED);
        assertThat(canceled.getString(Text.FIELD)).contains("no liquidity");
    }

    @Test
    @DisplayName("an order status request is answered with the order's state")
    void shouldAnswerOrderStatusRequest() throws Exception {
        String buy = id("b");
        place(FixOrders.limit(buy, "AAPL", BUY, "98", "10", TimeInForce.DAY));

        Message status = place(FixOrders.status(buy, "AAPL", BUY));

        assertThat(status.getChar(ExecType.FIELD)).isEqualTo(fix42() ? OrdStatus.NEW : ExecType.ORDER_STATUS);
        assertThat(status.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
        assertThat(status.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("a status request for an unknown order is answered as rejected, unknown order")
    void shouldAnswerStatusOfUnknownOrder() throws Exception {
        Message status = place(FixOrders.status(id("nope"), "AAPL", BUY));

        assertThat(status.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(status.getInt(OrdRejReason.FIELD)).isEqualTo(OrdRejReason.UNKNOWN_ORDER);
    }

    @Test
    @DisplayName("a cancel of an unknown ClOrdID gets an OrderCancelReject")
    void shouldRejectCancelOfUnknownOrder() throws Exception {
        String cancel = id("c");
        client.send(FixOrders.cancel(cancel, "never-sent", "AAPL", BUY, "1"));

        Message reject = client.await(MsgType.ORDER_CANCEL_REJECT, cancel);
        assertThat(reject.getInt(CxlRejReason.FIELD)).isEqualTo(CxlRejReason.UNKNOWN_ORDER);
        assertThat(reject.getChar(CxlRejResponseTo.FIELD)).isEqualTo(CxlRejResponseTo.ORDER_CANCEL_REQUEST);
        assertThat(reject.getString(Text.FIELD)).contains("never-sent");
    }

    @Test
    @DisplayName("a cancel of a filled order is too late")
    void shouldRejectCancelOfFilledOrder() throws Exception {
        String sell = id("s");
        place(FixOrders.limit(sell, "AAPL", SELL, "100", "5", TimeInForce.DAY));
        place(FixOrders.limit(id("b"), "AAPL", BUY, "100", "5", TimeInForce.DAY));
        report(sell);
        String cancel = id("c");

        client.send(FixOrders.cancel(cancel, sell, "AAPL", SELL, "5"));

        Message reject = client.await(MsgType.ORDER_CANCEL_REJECT, cancel);
        assertThat(reject.getInt(CxlRejReason.FIELD)).isEqualTo(CxlRejReason.TOO_LATE_TO_CANCEL);
        assertThat(reject.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
    }

    @Test
    @DisplayName("a replace of an unknown order gets an OrderCancelReject for a replace")
    void shouldRejectReplaceOfUnknownOrder() throws Exception {
        String replace = id("r");
        client.send(FixOrders.replace(replace, "never-sent", "AAPL", BUY, "1", "1"));

        Message reject = client.await(MsgType.ORDER_CANCEL_REJECT, replace);
        assertThat(reject.getChar(CxlRejResponseTo.FIELD))
                .isEqualTo(CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST);
    }

    @Test
    @DisplayName("a message type the venue does not handle gets a BusinessMessageReject")
    void shouldBusinessRejectUnsupportedMessageType() throws Exception {
        Message request = FixOrders.header(MsgType.SECURITY_DEFINITION_REQUEST);
        request.setString(SecurityReqID.FIELD, id("sec"));
        request.setInt(SecurityRequestType.FIELD, SecurityRequestType.REQUEST_SECURITY_IDENTITY_AND_SPECIFICATIONS);

        client.send(request);

        Message reject = client.awaitType(MsgType.BUSINESS_MESSAGE_REJECT);
        assertThat(reject.getString(RefMsgType.FIELD)).isEqualTo(MsgType.SECURITY_DEFINITION_REQUEST);
        assertThat(reject.getInt(BusinessRejectReason.FIELD))
                .isEqualTo(BusinessRejectReason.UNSUPPORTED_MESSAGE_TYPE);
        assertThat(client.isLoggedOn()).isTrue();
    }

    private Message massStatusRequest(String reqId, int scope, String symbol) {
        Message request = FixOrders.header(MsgType.ORDER_MASS_STATUS_REQUEST);
        request.setString(MassStatusReqID.FIELD, reqId);
        request.setInt(MassStatusReqType.FIELD, scope);
        if (symbol != null) {
            request.setString(quickfix.field.Symbol.FIELD, symbol);
        }
        return request;
    }

    private Message massReport(String reqId) throws InterruptedException {
        return client.await(m -> reqId.equals(field(m, MassStatusReqID.FIELD)), "mass status report " + reqId);
    }

    @Test
    @DisplayName("an OrderMassStatusRequest is answered with one status report per live order (FIX 4.4 and 5.0)")
    void shouldAnswerMassStatusForLiveOrders() throws Exception {
        assumeFalse(fix42(), "FIX 4.2 has no OrderMassStatusRequest");
        String aapl = id("b");
        String msft = id("s");
        place(FixOrders.limit(aapl, "AAPL", BUY, "90", "10", TimeInForce.DAY));
        place(FixOrders.limit(msft, "MSFT", SELL, "500", "20", TimeInForce.GOOD_TILL_CANCEL));
        place(FixOrders.limit(id("x"), "ZZZZ", BUY, "1", "1", TimeInForce.DAY));
        String all = id("mass");

        client.send(massStatusRequest(all, MassStatusReqType.STATUS_FOR_ALL_ORDERS, null));

        Message first = massReport(all);
        Message second = massReport(all);
        assertThat(List.of(first.getString(ClOrdID.FIELD), second.getString(ClOrdID.FIELD)))
                .containsExactlyInAnyOrder(aapl, msft);
        assertThat(first.getInt(TotNumReports.FIELD)).isEqualTo(2);
        assertThat(first.getChar(ExecType.FIELD)).isEqualTo(ExecType.ORDER_STATUS);
        assertThat(first.getBoolean(LastRptRequested.FIELD)).isFalse();
        assertThat(second.getBoolean(LastRptRequested.FIELD)).isTrue();

        String bySymbol = id("mass");
        client.send(massStatusRequest(bySymbol, MassStatusReqType.STATUS_FOR_ORDERS_FOR_A_SECURITY, "MSFT"));
        Message onlyMsft = massReport(bySymbol);
        assertThat(onlyMsft.getString(ClOrdID.FIELD)).isEqualTo(msft);
        assertThat(onlyMsft.getInt(TotNumReports.FIELD)).isEqualTo(1);
    }

    @Test
    @DisplayName("an OrderMassStatusRequest with nothing to report gets one report with TotNumReports 0")
    void shouldAnswerEmptyMassStatus() throws Exception {
        assumeFalse(fix42(), "FIX 4.2 has no OrderMassStatusRequest");
        String reqId = id("mass");

        client.send(massStatusRequest(reqId, MassStatusReqType.STATUS_FOR_ALL_ORDERS, null));

        Message none = massReport(reqId);
        assertThat(none.getInt(TotNumReports.FIELD)).isZero();
        assertThat(none.getBoolean(LastRptRequested.FIELD)).isTrue();
        assertThat(none.getString(OrderID.FIELD)).isEqualTo("NONE");
    }
}
