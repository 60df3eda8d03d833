package io.dto.plugins.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.testkit.BrokerHarness;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Paper broker: limit, stop and stop-limit orders, IOC and FOK")
class PaperMatchingTest {

    private final BrokerHarness<PaperBroker> broker = BrokerHarness.start(new PaperBroker(), new JsonObject());

    @Test
    @DisplayName("fills a marketable limit buy at the ask, improving on its limit")
    void shouldFillAMarketableLimitAtTheTouch() {
        broker.publishQuote("AAPL", 100.00, 100.05);

        List<ExecutionReport> reports = broker.submit(broker.limit("AAPL", Side.BUY, 100, 101.00));

        assertThat(reports.get(1).lastPrice()).isEqualByComparingTo("100.05");
        assertThat(reports.get(1).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    @DisplayName("rests a limit that is not marketable, and fills it at its limit when a later quote crosses")
    void shouldRestALimitAndFillItWhenAQuoteCrosses() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest order = broker.limit("AAPL", Side.BUY, 100, 99.90);

        assertThat(broker.submit(order)).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW);
        assertThat(broker.publishQuote("AAPL", 99.85, 99.95)).isEmpty();
        List<ExecutionReport> crossed = broker.publishQuote("AAPL", 99.80, 99.88);

        assertThat(crossed).singleElement().satisfies(fill -> {
            assertThat(fill.orderId()).isEqualTo(order.id());
            assertThat(fill.lastPrice()).isEqualByComparingTo("99.90");
            assertThat(fill.status()).isEqualTo(OrderStatus.FILLED);
        });
    }

    @Test
    @DisplayName("rests a limit sent before any quote, without a made-up price")
    void shouldRestALimitWithoutAQuote() {
        OrderRequest order = broker.limit("NVDA", Side.SELL, 10, 500.00);

        assertThat(broker.submit(order)).singleElement()
                .satisfies(report -> assertThat(report.status()).isEqualTo(OrderStatus.NEW));
        List<ExecutionReport> fill = broker.publishQuote("NVDA", 500.10, 500.20);

        assertThat(fill).singleElement().satisfies(report -> assertThat(report.lastPrice())
                .isEqualByComparingTo("500.00"));
    }

    @Test
    @DisplayName("triggers a sell stop when the bid reaches it, then fills at the bid")
    void shouldTriggerASellStopOnTheBid() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest stop = broker.stop("AAPL", Side.SELL, 100, 99.50);

        assertThat(broker.submit(stop)).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW);
        assertThat(broker.publishQuote("AAPL", 99.60, 99.65)).isEmpty();
        List<ExecutionReport> triggered = broker.publishQuote("AAPL", 99.40, 99.45);

        assertThat(triggered).singleElement().satisfies(fill -> {
            assertThat(fill.lastPrice()).isEqualByComparingTo("99.40");
            assertThat(fill.status()).isEqualTo(OrderStatus.FILLED);
        });
    }

    @Test
    @DisplayName("triggers a buy stop already reached on arrival at once")
    void shouldTriggerABuyStopReachedOnArrival() {
        broker.publishQuote("AAPL", 100.00, 100.05);

        List<ExecutionReport> reports = broker.submit(broker.stop("AAPL", Side.BUY, 100, 100.00));

        assertThat(reports).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW, ExecType.TRADE);
        assertThat(reports.get(1).lastPrice()).isEqualByComparingTo("100.05");
    }

    @Test
    @DisplayName("turns a triggered stop-limit into a resting limit when the touch is beyond its limit")
    void shouldRestATriggeredStopLimitBeyondItsLimit() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        OrderRequest order = broker.stopLimit("AAPL", Side.BUY, 100, 101.00, 101.10);
        broker.submit(order);

        assertThat(broker.publishQuote("AAPL", 101.15, 101.20)).isEmpty();
        assertThat(broker.publishQuote("AAPL", 100.80, 100.90))
                .singleElement()
                .satisfies(fill -> assertThat(fill.lastPrice()).isEqualByComparingTo("101.10"));
    }

    @Test
    @DisplayName("fills a triggered stop-limit at the touch when it is marketable on triggering")
    void shouldFillATriggeredStopLimitAtTheTouch() {
        broker.publishQuote("AAPL", 100.00, 100.05);
        broker.submit(broker.stopLimit("AAPL", Side.BUY, 100, 101.00, 101.10));

        assertThat(broker.publishQuote("AAPL", 101.00, 101.02)).singleElement()
                .satisfies(fill -> assertThat(fill.lastPrice()).isEqualByComparingTo("101.02"));
    }

    @Test
    @DisplayName("IOC: fills what is displayed and cancels the remainder at once")
    void shouldCancelTheUnfilledRemainderOfAnIocOrder() {
        broker.publishQuote("AAPL", 100.00, 1_000, 100.05, 300);

        List<ExecutionReport> reports = broker.submit(broker.limit("AAPL", Side.BUY, 500, 100.10, TimeInForce.IOC));

        assertThat(reports).extracting(ExecutionReport::execType)
                .containsExactly(ExecType.NEW, ExecType.TRADE, ExecType.CANCELED);
        ExecutionReport canceled = reports.get(2);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.cumulativeQuantity()).isEqualByComparingTo("300");
        assertThat(canceled.leavesQuantity()).isZero();
        assertThat(canceled.text()).isEqualTo("IOC: unfilled remainder of 200 canceled");
        assertThat(broker.publishQuote("AAPL", 100.00, 100.05)).isEmpty();
    }

    @Test
    @DisplayName("IOC: cancels at once when there is no quote or the limit is not marketable")
    void shouldCancelAnIocOrderThatCannotTrade() {
        List<ExecutionReport> noQuote = broker.submit(broker.market("NVDA", Side.BUY, 10, TimeInForce.IOC));
        broker.publishQuote("AAPL", 100.00, 100.05);
        List<ExecutionReport> away = broker.submit(broker.limit("AAPL", Side.BUY, 10, 99.00, TimeInForce.IOC));

        assertThat(noQuote).extracting(ExecutionReport::status).containsExactly(OrderStatus.REJECTED);
        assertThat(away).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW, ExecType.CANCELED);
        assertThat(away.get(1).cumulativeQuantity()).isZero();
    }

    @Test
    @DisplayName("FOK: cancels unfilled when the displayed size cannot fill it in full")
    void shouldKillAFokOrderThatCannotFillInFull() {
        broker.publishQuote("AAPL", 100.00, 1_000, 100.05, 300);

        List<ExecutionReport> reports = broker.submit(broker.order("AAPL", Side.BUY, OrderType.LIMIT, 500, 100.10,
                null, TimeInForce.FOK));

        assertThat(reports).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW, ExecType.CANCELED);
        assertThat(reports.get(1).cumulativeQuantity()).isZero();
        assertThat(reports.get(1).text()).isEqualTo("FOK: 500 cannot be filled in full at once, so none is");
    }

    @Test
    @DisplayName("FOK: fills in one execution when the displayed size suffices")
    void shouldFillAFokOrderInFull() {
        broker.publishQuote("AAPL", 100.00, 1_000, 100.05, 500);

        List<ExecutionReport> reports = broker.submit(broker.order("AAPL", Side.SELL, OrderType.MARKET, 800, null,
                null, TimeInForce.FOK));

        assertThat(reports).extracting(ExecutionReport::execType).containsExactly(ExecType.NEW, ExecType.TRADE);
        assertThat(reports.get(1).lastQuantity()).isEqualByComparingTo("800");
        assertThat(reports.get(1).lastPrice()).isEqualByComparingTo("100.00");
    }
}
