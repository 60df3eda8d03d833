package io.dto.plugins.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.Addresses;
import io.dto.api.Permission;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.testkit.BrokerHarness;
import io.dto.testkit.PluginCallFailedException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Paper broker: session, market orders, cancel, replace, status")
class PaperBrokerTest {

    private final BrokerHarness<PaperBroker> broker = BrokerHarness.start(new PaperBroker(), new JsonObject());

    @Test
    @DisplayName("follows the configured symbols' quotes from connect and reports a logged-on session")
    void shouldFollowConfiguredQuotesFromConnect() {
        assertThat(broker.harness().bus().consumerAddresses())
                .containsExactly("md.quote.AAPL", "md.quote.MSFT", "md.quote.GOOGL");
        assertThat(broker.reports().sessionStatuses()).singleElement().satisfies(session -> {
            assertThat(session.broker()).isEqualTo("paper");
            assertThat(session.loggedOn()).isTrue();
        });
        assertThat(broker.harness().manifest().permissions().required()).containsExactly(Permission.READ_MARKET_DATA);
    }

    @Test
    @DisplayName("rejects a market order without a quote, with a clear text and no price, and follows the symbol")
    void shouldRejectMarketOrderWithoutQuote() {
        List<ExecutionReport> reports = broker.submit(broker.market("TSLA", Side.BUY, 100));

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.execType()).isEqualTo(ExecType.REJECTED);
            assertThat(report.status()).isEqualTo(OrderStatus.REJECTED);
            assertThat(report.text()).startsWith("no quote for TSLA yet");
            assertThat(report.lastPrice()).isZero();
            assertThat(report.cumulativeQuantity()).isZero();
            assertThat(report.leavesQuantity()).isZero();
        });
        assertThat(broker.harness().bus().hasConsumer(Addresses.quote("TSLA"))).isTrue();
    }

    @Test
    @DisplayName("fills a market buy at the ask and a market sell at the bid")
    void shouldFillMarketBuyAtAskAndSellAtBid() {
        broker.publishQuote("AAPL", 185.10, 185.12);

        List<ExecutionReport> buy = broker.submit(broker.market("AAPL", Side.BUY, 100));
        List<ExecutionReport> sell = broker.submit(broker.market("AAPL", Side.SELL, 100));

        assertThat(buy).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW, ExecType.TRADE);
        assertThat(buy.get(0).status()).isEqualTo(OrderStatus.NEW);
        assertThat(buy.get(0).leavesQuantity()).isEqualByComparingTo("100");
        ExecutionReport bought = buy.get(1);
        assertThat(bought.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(bought.lastPrice()).isEqualByComparingTo("185.12");
        assertThat(bought.lastQuantity()).isEqualByComparingTo("100");
        assertThat(bought.cumulativeQuantity()).isEqualByComparingTo("100");
        assertThat(bought.leavesQuantity()).isZero();
        assertThat(bought.averagePrice()).isEqualByComparingTo("185.12");
        assertThat(sell.get(1).lastPrice()).isEqualByComparingTo("185.10");
        assertThat(sell.get(1).side()).isEqualTo(Side.SELL);
    }

    @Test
    @DisplayName("fills at most the displayed size, and the rest on later quotes, with correct cum, leaves and average")
    void shouldFillDisplayedSizeThenTheRestOnLaterQuotes() {
        broker.publishQuote("AAPL", 100.00, 500, 100.05, 300);
        OrderRequest order = broker.market("AAPL", Side.BUY, 500);

        List<ExecutionReport> first = broker.submit(order);
        List<ExecutionReport> second = broker.publishQuote("AAPL", 100.01, 500, 100.06, 1_000);

        assertThat(first.get(1).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(first.get(1).lastQuantity()).isEqualByComparingTo("300");
        assertThat(first.get(1).leavesQuantity()).isEqualByComparingTo("200");
        assertThat(second).singleElement().satisfies(fill -> {
            assertThat(fill.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(fill.lastQuantity()).isEqualByComparingTo("200");
            assertThat(fill.lastPrice()).isEqualByComparingTo("100.06");
            assertThat(fill.cumulativeQuantity()).isEqualByComparingTo("500");
            assertThat(fill.leavesQuantity()).isZero();
            // (300 * 100.05 + 200 * 100.06) / 500
            assertThat(fill.averagePrice()).isEqualByComparingTo("100.054");
        });
    }

    @Test
    @DisplayName("shares one quote's displayed size between orders until the next quote")
    void shouldShareDisplayedSizeBetweenOrders() {
        broker.publishQuote("MSFT", 375.00, 400, 375.02, 400);

        List<ExecutionReport> first = broker.submit(broker.market("MSFT", Side.BUY, 300));
        List<ExecutionReport> second = broker.submit(broker.market("MSFT", Side.BUY, 300));
        List<ExecutionReport> third = broker.submit(broker.market("MSFT", Side.SELL, 400));

        assertThat(first.get(1).lastQuantity()).isEqualByComparingTo("300");
        assertThat(second.get(1).lastQuantity()).isEqualByComparingTo("100");
        assertThat(second.get(1).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(third.get(1).lastQuantity()).isEqualByComparingTo("400");
    }

    @Test
    @DisplayName("fills the whole quantity at the touch when not limited to the displayed size")
    void shouldFillEverythingWhenNotLimitedToDisplayedSize() {
        BrokerHarness<PaperBroker> unlimited = BrokerHarness.start(new PaperBroker(),
                new JsonObject().put("limit_to_displayed_size", false));
        unlimited.publishQuote("AAPL", 100.00, 1, 100.05, 1);

        List<ExecutionReport> reports = unlimited.submit(unlimited.market("AAPL", Side.BUY, 5_000));

        assertThat(reports.get(1).lastQuantity()).isEqualByComparingTo("5000");
        assertThat(reports.get(1).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    @DisplayName("gives every report a unique exec id carrying the session, and one broker order id per order")
    void shouldIssueUniqueExecIds() {
        broker.publishQuote("AAPL", 100.00, 100, 100.05, 100);
        OrderRequest order = broker.market("AAPL", Side.BUY, 300);
        broker.submit(order);
        broker.publishQuote("AAPL", 100.00, 100, 100.05, 100);
        broker.publishQuote("AAPL", 100.00, 100, 100.05, 100);

        List<ExecutionReport> reports = broker.reports().forOrder(order.id());
        assertThat(reports).hasSize(4);
        assertThat(reports).extracting(ExecutionReport::execId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("paper-"));
        assertThat(reports).extracting(ExecutionReport::brokerOrderId).containsOnly(reports.get(0).brokerOrderId());
        assertThat(reports).extracting(ExecutionReport::cumulativeQuantity).extracting(BigDecimal::intValue)
                .containsExactly(0, 100, 200, 300);
    }

    @Test
    @DisplayName("keeps exec ids apart between sessions started at different times")
    void shouldKeepExecIdsApartBetweenSessions() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        String before = broker.submit(broker.market("AAPL", Side.BUY, 1)).get(0).execId();

        BrokerHarness<PaperBroker> restarted = BrokerHarness.start(io.dto.testkit.PluginHarness
                .builder(new PaperBroker()).startingAt(broker.clock().instant().plusSeconds(60)).build());
        restarted.publishQuote("AAPL", 100.00, 100.05);
        String after = restarted.submit(restarted.market("AAPL", Side.BUY, 1)).get(0).execId();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    @DisplayName("cancels a resting order: reported under the cancel id, never filled afterwards")
    void shouldCancelARestingOrder() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 100, 99.00);
        broker.submit(order);

        List<ExecutionReport> canceled = broker.cancel(order.id());
        List<ExecutionReport> later = broker.publishQuote("AAPL", 98.00, 98.50);

        assertThat(canceled).singleElement().satisfies(report -> {
            assertThat(report.execType()).isEqualTo(ExecType.CANCELED);
            assertThat(report.status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(report.orderId()).isEqualTo("CXL-1");
            assertThat(report.origOrderId()).isEqualTo(order.id());
            assertThat(report.leavesQuantity()).isZero();
        });
        assertThat(later).isEmpty();
    }

    @Test
    @DisplayName("refuses to cancel an unknown or finished order, saying why")
    void shouldRefuseToCancelUnknownOrFinishedOrders() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest filled = broker.market("AAPL", Side.BUY, 10);
        broker.submit(filled);

        assertThatThrownBy(() -> broker.cancel("ORD-404"))
                .isInstanceOf(PluginCallFailedException.class)
                .hasMessageEndingWith("unknown order ORD-404");
        assertThatThrownBy(() -> broker.cancel(filled.id()))
                .hasMessageEndingWith("order " + filled.id() + " is FILLED: only open orders can be canceled");
    }

    @Test
    @DisplayName("replaces a resting limit: new id, REPLACED report, and a fill once the new price is marketable")
    void shouldReplaceARestingLimitOrder() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 200, 99.50);
        broker.submit(order);

        List<ExecutionReport> reports = broker.replace(order.id(), new BigDecimal("300"), new BigDecimal("100.10"));

        assertThat(reports).extracting(ExecutionReport::execType).containsExactly(ExecType.REPLACED, ExecType.TRADE);
        ExecutionReport replaced = reports.get(0);
        assertThat(replaced.orderId()).isEqualTo("ORD-2");
        assertThat(replaced.origOrderId()).isEqualTo(order.id());
        assertThat(replaced.status()).isEqualTo(OrderStatus.NEW);
        assertThat(replaced.leavesQuantity()).isEqualByComparingTo("300");
        assertThat(reports.get(1).orderId()).isEqualTo("ORD-2");
        assertThat(reports.get(1).lastPrice()).isEqualByComparingTo("100.05");
        assertThat(reports.get(1).cumulativeQuantity()).isEqualByComparingTo("300");
        assertThatThrownBy(() -> broker.cancel(order.id()))
                .hasMessageEndingWith("order ORD-1 was replaced by ORD-2: use that id");
    }

    @Test
    @DisplayName("carries what was filled through a replace, and refuses a quantity not above it")
    void shouldCarryFillsThroughAReplace() {
        broker.publishQuote("AAPL", 100.00, 1_000, 100.05, 100);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 300, 100.05);
        broker.submit(order);

        List<ExecutionReport> replaced = broker.replace(order.id(), new BigDecimal("250"), new BigDecimal("99.00"));

        assertThat(replaced).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(report.cumulativeQuantity()).isEqualByComparingTo("100");
            assertThat(report.leavesQuantity()).isEqualByComparingTo("150");
        });
        ReplaceRequest tooSmall = new ReplaceRequest("ORD-2", "ORD-9", "paper", "AAPL", Side.BUY, OrderType.LIMIT,
                new BigDecimal("100"), new BigDecimal("99.00"), null, TimeInForce.DAY);
        assertThat(broker.tryReplace(tooSmall).cause()).hasMessage("new quantity 100 must be above the 100 already "
                + "filled; cancel the order instead");
        ReplaceRequest sideChange = new ReplaceRequest("ORD-2", "ORD-9", "paper", "AAPL", Side.SELL, null, null, null,
                null, null);
        assertThat(broker.tryReplace(sideChange).cause()).hasMessageContaining("cannot change in a replace");
    }

    @Test
    @DisplayName("reports an order's state on request, and refuses an unknown id")
    void shouldReportOrderStatus() {
        broker.publishQuote("AAPL", 100.00, 1_000, 100.05, 100);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 300, 100.05);
        broker.submit(order);

        List<ExecutionReport> status = broker.requestOrderStatus(order.id());

        assertThat(status).singleElement().satisfies(report -> {
            assertThat(report.execType()).isEqualTo(ExecType.ORDER_STATUS);
            assertThat(report.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(report.cumulativeQuantity()).isEqualByComparingTo("100");
            assertThat(report.leavesQuantity()).isEqualByComparingTo("200");
        });
        assertThatThrownBy(() -> broker.requestOrderStatus("nope")).hasMessageEndingWith("unknown order nope");
    }

    @Test
    @DisplayName("rejects a second order under an id already used")
    void shouldRejectADuplicateOrderId() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 100, 99.00);
        broker.submit(order);

        List<ExecutionReport> duplicate = broker.submit(order);

        assertThat(duplicate).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(OrderStatus.REJECTED);
            assertThat(report.text()).startsWith("duplicate order id ORD-1");
        });
    }

    @Test
    @DisplayName("fails an order without an id, and any request before connect")
    void shouldFailRequestsThatCannotReachTheVenue() {
        OrderRequest withoutId = broker.market("AAPL", Side.BUY, 1).withId(null);
        assertThat(broker.trySubmit(withoutId).cause()).hasMessageContaining("has no id");

        PaperBroker unconnected = new PaperBroker();
        io.dto.testkit.PluginHarness.builder(unconnected).build().start();
        assertThat(unconnected.cancelOrder(new CancelRequest("X", null, null, null, null, null)).cause())
                .hasMessageContaining("not connected");
    }

    @Test
    @DisplayName("cancels resting orders, with a report, when it is cleaned up")
    void shouldCancelRestingOrdersOnCleanup() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 100, 99.00);
        broker.submit(order);

        broker.harness().cleanup();

        assertThat(broker.reports().last()).get().satisfies(report -> {
            assertThat(report.orderId()).isEqualTo(order.id());
            assertThat(report.status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(report.text()).contains("paper broker stopped");
        });
        assertThat(broker.harness().bus().consumerAddresses()).isEmpty();
    }
}
