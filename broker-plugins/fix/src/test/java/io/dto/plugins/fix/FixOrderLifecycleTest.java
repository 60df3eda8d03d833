package io.dto.plugins.fix;

import static io.dto.plugins.fix.FixPluginDriver.limit;
import static io.dto.plugins.fix.FixPluginDriver.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fix.RecordingSink.OrderState;
import io.dto.plugins.fixsim.FixSimVenue;
import io.dto.plugins.fixsim.LiquidityConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order lifecycles over loopback TCP, FIX 4.4, between the plugin and the fix-sim venue. The venue's liquidity
 * provider quotes two levels of 100 shares a side around 100.00/100.02 before each test: bids 100.00 and 99.99,
 * asks 100.02 and 100.03.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("fix plugin order lifecycles against fix-sim (FIX 4.4)")
class FixOrderLifecycleTest {

    private final AtomicInteger ids = new AtomicInteger();
    private Vertx vertx;
    private FixSimVenue venue;
    private RecordingSink sink;
    private FixPluginDriver driver;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        vertx = Vertx.vertx();
        venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL"),
                new LiquidityConfig(true, 2, 100, new BigDecimal("0.01"), BigDecimal.ZERO));
        venue.start();
        sink = new RecordingSink();
        driver = FixPluginDriver.startLoggedOn(vertx, InitiatorSettings.write(dir, "FIX.4.4", venue.port(), ""),
                new JsonObject(), new TestClock(), sink);
    }

    @AfterAll
    void stop() throws Exception {
        driver.close();
        venue.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void freshBook() throws Exception {
        venue.reset().get(10, TimeUnit.SECONDS);
        venue.onReferenceQuote("AAPL", px("100.00"), px("100.02"));
    }

    private String id(String name) {
        return name + "-" + ids.incrementAndGet();
    }

    private static BigDecimal px(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("a DAY limit order that does not cross is acknowledged, and a cancel ends it")
    void shouldAcknowledgeRestingDayOrderAndCancelIt() throws Exception {
        OrderRequest order = driver.submit(limit(id("day"), Side.BUY, "10", "99.00", TimeInForce.DAY));
        OrderState acked = sink.awaitStatus(order.id(), OrderStatus.NEW);
        assertThat(acked.last().brokerOrderId()).isNotBlank();
        assertThat(acked.last().leavesQuantity()).isEqualByComparingTo("10");

        String cancelId = id("cancel");
        driver.call(() -> driver.plugin().cancelOrder(new CancelRequest(order.id(), cancelId, "fix", "AAPL",
                Side.BUY, "test")));

        OrderState canceled = sink.awaitStatus(order.id(), OrderStatus.CANCELED);
        ExecutionReport report = canceled.last();
        assertThat(report.execType()).isEqualTo(ExecType.CANCELED);
        assertThat(report.orderId()).isEqualTo(cancelId);
        assertThat(report.origOrderId()).isEqualTo(order.id());
        assertThat(canceled.filled).isZero();
    }

    @Test
    @DisplayName("a market order walks the offers and is filled at the average of its fills")
    void shouldFillMarketOrderAcrossLevels() throws Exception {
        double ordersOut = driver.context().counter("messages.out{msg_type=new_order_single}");
        double reportsIn = driver.context().counter("messages.in{msg_type=execution_report}");
        OrderRequest order = driver.submit(market(id("mkt"), Side.BUY, "150"));

        OrderState filled = sink.awaitStatus(order.id(), OrderStatus.FILLED);
        assertThat(filled.reports).filteredOn(ExecutionReport::isFill)
                .extracting(r -> r.lastQuantity().stripTrailingZeros().toPlainString(),
                        r -> r.lastPrice().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("100", "100.02"),
                        org.assertj.core.groups.Tuple.tuple("50", "100.03"));
        BigDecimal expectedAverage = px("100.02").multiply(px("100")).add(px("100.03").multiply(px("50")))
                .divide(px("150"), MathContext.DECIMAL64);
        assertThat(filled.averagePrice()).isEqualByComparingTo(expectedAverage);
        assertThat(filled.last().averagePrice()).isCloseTo(expectedAverage, org.assertj.core.data.Offset.offset(
                px("0.000001")));
        assertThat(filled.last().leavesQuantity()).isZero();
        assertThat(driver.context().counter("messages.out{msg_type=new_order_single}") - ordersOut).isEqualTo(1);
        assertThat(driver.context().counter("messages.in{msg_type=execution_report}") - reportsIn)
                .as("one report per fill at least").isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("a GTC limit order fills partly, rests, and fills in full when a new quote crosses it")
    void shouldPartiallyFillGtcOrderThenFillOnNewQuote() throws Exception {
        OrderRequest order = driver.submit(limit(id("gtc"), Side.BUY, "150", "100.02", TimeInForce.GTC));

        OrderState partial = sink.awaitStatus(order.id(), OrderStatus.PARTIALLY_FILLED);
        assertThat(partial.filled).isEqualByComparingTo("100");
        assertThat(partial.last().leavesQuantity()).isEqualByComparingTo("50");

        venue.onReferenceQuote("AAPL", px("99.98"), px("100.00"));

        OrderState filled = sink.awaitStatus(order.id(), OrderStatus.FILLED);
        assertThat(filled.filled).isEqualByComparingTo("150");
        assertThat(filled.averagePrice()).isEqualByComparingTo("100.02");
    }

    @Test
    @DisplayName("an IOC order takes what it can and the rest is canceled")
    void shouldCancelIocRemainder() throws Exception {
        OrderRequest order = driver.submit(limit(id("ioc"), Side.SELL, "150", "100.00", TimeInForce.IOC));

        OrderState done = sink.awaitStatus(order.id(), OrderStatus.CANCELED);
        assertThat(done.filled).isEqualByComparingTo("100");
        assertThat(done.reports).extracting(ExecutionReport::execType).contains(ExecType.TRADE, ExecType.CANCELED);
    }

    @Test
    @DisplayName("a FOK order that cannot fill in full is canceled untouched; one that can is filled")
    void shouldFillOrKill() throws Exception {
        OrderRequest tooBig = driver.submit(limit(id("fok"), Side.BUY, "300", "100.03", TimeInForce.FOK));
        OrderState killed = sink.awaitStatus(tooBig.id(), OrderStatus.CANCELED);
        assertThat(killed.filled).isZero();

        OrderRequest fits = driver.submit(limit(id("fok"), Side.BUY, "150", "100.03", TimeInForce.FOK));
        assertThat(sink.awaitStatus(fits.id(), OrderStatus.FILLED).filled).isEqualByComparingTo("150");
    }

    @Test
    @DisplayName("a cancel/replace moves a resting order, and a replacement that crosses trades")
    void shouldReplaceRestingOrder() throws Exception {
        OrderRequest order = driver.submit(limit(id("rep"), Side.BUY, "10", "99.00", TimeInForce.DAY));
        sink.awaitStatus(order.id(), OrderStatus.NEW);
        String first = id("rep-new");
        sink.expect(first);

        driver.call(() -> driver.plugin().replaceOrder(new ReplaceRequest(order.id(), first, "fix", "AAPL", Side.BUY,
                OrderType.LIMIT, px("20"), px("99.50"), null, TimeInForce.DAY)));

        OrderState replaced = sink.awaitStatus(first, OrderStatus.NEW);
        assertThat(replaced.last().execType()).isEqualTo(ExecType.REPLACED);
        assertThat(replaced.last().origOrderId()).isEqualTo(order.id());
        assertThat(replaced.last().leavesQuantity()).isEqualByComparingTo("20");
        assertThat(sink.order(order.id()).status).isEqualTo(OrderStatus.REPLACED);

        String second = id("rep-cross");
        sink.expect(second);
        driver.call(() -> driver.plugin().replaceOrder(new ReplaceRequest(first, second, "fix", "AAPL", Side.BUY,
                null, null, px("100.02"), null, null)));

        OrderState crossed = sink.awaitStatus(second, OrderStatus.FILLED);
        assertThat(crossed.filled).isEqualByComparingTo("20");
        assertThat(crossed.reports.get(0).execType()).isEqualTo(ExecType.REPLACED);
    }

    @Test
    @DisplayName("a replace the venue refuses rejects the replacement with the venue's text; the order stays")
    void shouldReportRefusedReplace() throws Exception {
        OrderRequest order = driver.submit(limit(id("part"), Side.BUY, "150", "100.02", TimeInForce.DAY));
        sink.awaitStatus(order.id(), OrderStatus.PARTIALLY_FILLED);
        String replacement = id("too-small");
        sink.expect(replacement);

        driver.call(() -> driver.plugin().replaceOrder(new ReplaceRequest(order.id(), replacement, "fix", "AAPL",
                Side.BUY, null, px("50"), null, null, null)));

        OrderState refused = sink.awaitStatus(replacement, OrderStatus.REJECTED);
        assertThat(refused.last().text()).startsWith("replace rejected: ").contains("quantity");
        assertThat(refused.last().origOrderId()).isEqualTo(order.id());
        assertThat(sink.order(order.id()).status).isEqualTo(OrderStatus.PARTIALLY_FILLED);
    }

    @Test
    @DisplayName("orders the venue cannot take are rejected with its reason: unknown symbol, stop and stop-limit")
    void shouldRejectWithVenueText() throws Exception {
        OrderRequest unknown = driver.submit(new OrderRequest(id("zzzz"), null, "DEMO", "t", "fix", "ZZZZ", Side.BUY,
                OrderType.LIMIT, px("1"), px("1"), null, TimeInForce.DAY));
        OrderRequest stop = driver.submit(new OrderRequest(id("stop"), null, "DEMO", "t", "fix", "AAPL", Side.SELL,
                OrderType.STOP, px("5"), null, px("95"), TimeInForce.DAY));
        OrderRequest stopLimit = driver.submit(new OrderRequest(id("stoplimit"), null, "DEMO", "t", "fix", "AAPL",
                Side.BUY, OrderType.STOP_LIMIT, px("5"), px("105"), px("104"), TimeInForce.GTC));

        assertThat(sink.awaitStatus(unknown.id(), OrderStatus.REJECTED).last().text()).contains("unknown symbol");
        assertThat(sink.awaitStatus(stop.id(), OrderStatus.REJECTED).last().text()).contains("STOP is not supported");
        assertThat(sink.awaitStatus(stopLimit.id(), OrderStatus.REJECTED).last().text())
                .contains("STOP_LIMIT is not supported");
    }

    @Test
    @DisplayName("a status request is answered with an ORDER_STATUS report of the order's state")
    void shouldAnswerStatusRequest() throws Exception {
        OrderRequest order = driver.submit(limit(id("status"), Side.SELL, "7", "101.00", TimeInForce.GTC));
        sink.awaitStatus(order.id(), OrderStatus.NEW);

        driver.call(() -> driver.plugin().requestOrderStatus(order.id()));

        OrderState answered = sink.await(order.id(), o -> o.last().execType() == ExecType.ORDER_STATUS,
                "to get a status answer");
        assertThat(answered.last().status()).isEqualTo(OrderStatus.NEW);
        assertThat(answered.last().leavesQuantity()).isEqualByComparingTo("7");
    }

    @Test
    @DisplayName("a ClOrdID is sent once; cancels of finished or unknown orders are refused before any FIX")
    void shouldRefuseRepeatsAndCancelsOfFinishedOrders() throws Exception {
        OrderRequest order = driver.submit(market(id("once"), Side.SELL, "10"));
        sink.awaitStatus(order.id(), OrderStatus.FILLED);

        assertThatThrownBy(() -> driver.submit(order)).hasMessageContaining("never sent twice");
        assertThatThrownBy(() -> driver.call(() -> driver.plugin().cancelOrder(new CancelRequest(order.id(),
                id("late"), "fix", "AAPL", Side.SELL, null)))).hasMessageContaining("it is FILLED");
        assertThatThrownBy(() -> driver.call(() -> driver.plugin().requestOrderStatus("no-such-order")))
                .hasMessageContaining("does not know order no-such-order");
    }

    @Test
    @DisplayName("the session status is published and listed: logged on, with sequence numbers")
    void shouldPublishSessionStatus() throws Exception {
        driver.submit(limit(id("seq"), Side.BUY, "1", "90", TimeInForce.DAY));

        sink.awaitTrue(() -> sink.lastStatus() != null && sink.lastStatus().nextSenderSeqNum() > 2,
                "a status with the order's sequence number");
        BrokerSessionStatus status = driver.plugin().sessions().get(0);
        assertThat(status.broker()).isEqualTo("fix");
        assertThat(status.sessionId()).isEqualTo("FIX.4.4:DTO->FIXSIM");
        assertThat(status.loggedOn()).isTrue();
        assertThat(status.nextTargetSeqNum()).isGreaterThan(1);
        assertThat(status.lastHeartbeat()).isNotNull();
        assertThat(status.detail()).isEqualTo("logged on");
    }
}
