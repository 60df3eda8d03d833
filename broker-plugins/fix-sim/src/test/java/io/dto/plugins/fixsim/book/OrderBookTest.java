package io.dto.plugins.fixsim.book;

import static io.dto.api.message.Side.BUY;
import static io.dto.api.message.Side.SELL;
import static io.dto.api.message.TimeInForce.DAY;
import static io.dto.api.message.TimeInForce.FOK;
import static io.dto.api.message.TimeInForce.GTC;
import static io.dto.api.message.TimeInForce.IOC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fixsim.book.BookEvent.Accepted;
import io.dto.plugins.fixsim.book.BookEvent.CancelRejected;
import io.dto.plugins.fixsim.book.BookEvent.Canceled;
import io.dto.plugins.fixsim.book.BookEvent.Rejected;
import io.dto.plugins.fixsim.book.BookEvent.Replaced;
import io.dto.plugins.fixsim.book.BookEvent.Traded;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("OrderBook")
class OrderBookTest {

    private final OrderBook book = new OrderBook("AAPL");

    private static BigDecimal px(String price) {
        return new BigDecimal(price);
    }

    private List<BookEvent> limit(String id, Side side, String price, long qty, TimeInForce tif) {
        return book.submit(NewOrder.limit(id, side, px(price), qty, tif));
    }

    private static List<Traded> trades(List<BookEvent> events) {
        return events.stream().filter(Traded.class::isInstance).map(Traded.class::cast).toList();
    }

    private static <T extends BookEvent> T last(List<BookEvent> events, Class<T> type) {
        BookEvent event = events.get(events.size() - 1);
        assertThat(event).isInstanceOf(type);
        return type.cast(event);
    }

    @Nested
    @DisplayName("matching")
    class Matching {

        @Test
        @DisplayName("a limit order that does not cross rests and is acknowledged")
        void shouldRestNonCrossingLimitOrder() {
            List<BookEvent> events = limit("b1", BUY, "100.00", 10, DAY);

            assertThat(events).singleElement().isInstanceOf(Accepted.class);
            assertThat(book.snapshot(5).bids()).containsExactly(new PriceLevel(px("100.00"), 10, 1));
            assertThat(book.find("b1")).get().extracting(OrderView::status).isEqualTo(OrderStatus.NEW);
        }

        @Test
        @DisplayName("a market order fills against the best ask at the resting price")
        void shouldFillMarketOrderAgainstBestAsk() {
            limit("a1", SELL, "101.00", 10, DAY);
            limit("a2", SELL, "100.50", 10, DAY);

            List<BookEvent> events = book.submit(NewOrder.market("m1", BUY, 10, DAY));

            assertThat(trades(events)).extracting(Traded::lastPx, Traded::lastQty)
                    .containsOnly(tuple(px("100.50"), 10L));
            assertThat(trades(events).get(0).order().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(book.find("a2")).isEmpty();
            assertThat(book.snapshot(5).asks()).containsExactly(new PriceLevel(px("101.00"), 10, 1));
        }

        @Test
        @DisplayName("orders at the same price fill in arrival order")
        void shouldFillEarlierOrderFirstAtSamePrice() {
            limit("a1", SELL, "100", 5, DAY);
            limit("a2", SELL, "100", 5, DAY);

            List<BookEvent> events = limit("b1", BUY, "100", 5, DAY);

            assertThat(trades(events)).extracting(t -> t.order().orderId()).containsExactly("b1", "a1");
            assertThat(book.find("a2")).get().extracting(OrderView::leavesQty).isEqualTo(5L);
        }

        @Test
        @DisplayName("a better price fills before an earlier order at a worse price")
        void shouldPreferBetterPriceOverTime() {
            limit("b1", BUY, "99", 5, DAY);
            limit("b2", BUY, "100", 5, DAY);

            List<BookEvent> events = limit("s1", SELL, "99", 5, DAY);

            assertThat(trades(events)).extracting(t -> t.order().orderId()).containsExactly("s1", "b2");
            assertThat(trades(events).get(0).lastPx()).isEqualByComparingTo("100");
        }

        @Test
        @DisplayName("an aggressor sweeps several levels and reports the average price")
        void shouldSweepLevelsAndAverageThePrice() {
            limit("a1", SELL, "100", 5, DAY);
            limit("a2", SELL, "102", 5, DAY);

            List<BookEvent> events = limit("b1", BUY, "102", 10, DAY);

            OrderView taker = trades(events).get(2).order();
            assertThat(taker.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(taker.avgPx()).isEqualByComparingTo("101");
            assertThat(trades(events)).hasSize(4);
            assertThat(trades(events).get(0).matchId()).isNotEqualTo(trades(events).get(2).matchId());
        }

        @Test
        @DisplayName("a partial fill leaves the remainder resting with the right quantities")
        void shouldRestRemainderAfterPartialFill() {
            limit("a1", SELL, "100", 4, DAY);

            List<BookEvent> events = limit("b1", BUY, "100", 10, GTC);

            OrderView taker = trades(events).get(0).order();
            assertThat(taker.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(taker.cumQty()).isEqualTo(4);
            assertThat(taker.leavesQty()).isEqualTo(6);
            assertThat(book.snapshot(1).bids()).containsExactly(new PriceLevel(px("100"), 6, 1));
            assertThat(book.snapshot(1).asks()).isEmpty();
        }

        @Test
        @DisplayName("prices with different scales meet at one level")
        void shouldTreatEqualPricesOfDifferentScaleAsOneLevel() {
            limit("b1", BUY, "100.5", 1, DAY);
            limit("b2", BUY, "100.50", 2, DAY);

            assertThat(book.snapshot(5).bids()).singleElement().extracting(PriceLevel::quantity, PriceLevel::orders)
                    .containsExactly(3L, 2);
        }
    }

    @Nested
    @DisplayName("time in force")
    class TimeInForceRules {

        @Test
        @DisplayName("IOC fills what it can and cancels the rest")
        void shouldCancelIocRemainder() {
            limit("a1", SELL, "100", 3, DAY);

            List<BookEvent> events = limit("b1", BUY, "100", 10, IOC);

            assertThat(trades(events)).hasSize(2);
            Canceled canceled = last(events, Canceled.class);
            assertThat(canceled.order().cumQty()).isEqualTo(3);
            assertThat(canceled.order().leavesQty()).isZero();
            assertThat(canceled.reason()).contains("IOC");
            assertThat(book.liveOrders()).isZero();
        }

        @Test
        @DisplayName("FOK that cannot fill in full trades nothing and is canceled")
        void shouldCancelFokWithoutTradingWhenNotFillable() {
            limit("a1", SELL, "100", 3, DAY);
            limit("a2", SELL, "101", 3, DAY);

            List<BookEvent> events = limit("b1", BUY, "100", 5, FOK);

            assertThat(trades(events)).isEmpty();
            assertThat(last(events, Canceled.class).reason()).contains("FOK");
            assertThat(book.find("a1")).get().extracting(OrderView::leavesQty).isEqualTo(3L);
        }

        @Test
        @DisplayName("FOK that can fill in full across levels fills")
        void shouldFillFokAcrossLevels() {
            limit("a1", SELL, "100", 3, DAY);
            limit("a2", SELL, "101", 3, DAY);

            List<BookEvent> events = limit("b1", BUY, "101", 5, FOK);

            assertThat(last(events, Traded.class).order().status()).isIn(OrderStatus.PARTIALLY_FILLED,
                    OrderStatus.FILLED);
            assertThat(trades(events).get(2).order().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(book.snapshot(5).asks()).containsExactly(new PriceLevel(px("101"), 1, 1));
        }

        @Test
        @DisplayName("DAY and GTC limit orders rest")
        void shouldRestDayAndGtc() {
            limit("b1", BUY, "99", 1, DAY);
            limit("b2", BUY, "98", 1, GTC);

            assertThat(book.liveOrders()).isEqualTo(2);
        }

        @Test
        @DisplayName("a market order that finds no liquidity is canceled with a reason")
        void shouldCancelMarketOrderWithoutLiquidity() {
            List<BookEvent> events = book.submit(NewOrder.market("m1", SELL, 10, DAY));

            assertThat(events).hasSize(2);
            assertThat(last(events, Canceled.class).reason()).contains("no liquidity");
            assertThat(book.liveOrders()).isZero();
        }

        @Test
        @DisplayName("a market order trades what there is and cancels the rest")
        void shouldCancelRemainderOfPartlyFilledMarketOrder() {
            limit("b1", BUY, "100", 4, DAY);

            List<BookEvent> events = book.submit(NewOrder.market("m1", SELL, 10, GTC));

            Canceled canceled = last(events, Canceled.class);
            assertThat(canceled.order().cumQty()).isEqualTo(4);
            assertThat(canceled.order().status()).isEqualTo(OrderStatus.CANCELED);
        }
    }

    @Nested
    @DisplayName("cancel and replace")
    class CancelReplace {

        @Test
        @DisplayName("cancel removes a resting order")
        void shouldCancelRestingOrder() {
            limit("b1", BUY, "100", 10, DAY);

            List<BookEvent> events = book.cancel("b1");

            assertThat(last(events, Canceled.class).order().status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(book.snapshot(5).bids()).isEmpty();
        }

        @Test
        @DisplayName("cancel of an unknown or filled order is refused")
        void shouldRefuseCancelOfOrderNotLive() {
            limit("a1", SELL, "100", 1, DAY);
            limit("b1", BUY, "100", 1, DAY);

            assertThat(book.cancel("a1")).singleElement().isInstanceOfSatisfying(CancelRejected.class,
                    r -> assertThat(r.reason()).isEqualTo(CancelRejectReason.UNKNOWN_ORDER));
            assertThat(book.cancel("nope")).singleElement().isInstanceOf(CancelRejected.class);
        }

        @Test
        @DisplayName("a quantity decrease at the same price keeps time priority")
        void shouldKeepPriorityOnQuantityDecrease() {
            limit("a1", SELL, "100", 10, DAY);
            limit("a2", SELL, "100", 10, DAY);

            assertThat(book.replace("a1", 5, px("100"))).singleElement().isInstanceOf(Replaced.class);

            List<BookEvent> events = limit("b1", BUY, "100", 5, DAY);
            assertThat(trades(events).get(1).order().orderId()).isEqualTo("a1");
        }

        @Test
        @DisplayName("a quantity increase loses time priority")
        void shouldLosePriorityOnQuantityIncrease() {
            limit("a1", SELL, "100", 10, DAY);
            limit("a2", SELL, "100", 10, DAY);

            book.replace("a1", 15, px("100"));

            List<BookEvent> events = limit("b1", BUY, "100", 5, DAY);
            assertThat(trades(events).get(1).order().orderId()).isEqualTo("a2");
        }

        @Test
        @DisplayName("a price change loses time priority")
        void shouldLosePriorityOnPriceChange() {
            limit("a1", SELL, "101", 10, DAY);
            limit("a2", SELL, "100", 10, DAY);

            book.replace("a1", 10, px("100"));

            List<BookEvent> events = limit("b1", BUY, "100", 5, DAY);
            assertThat(trades(events).get(1).order().orderId()).isEqualTo("a2");
        }

        @Test
        @DisplayName("a replace that makes the order marketable trades at once")
        void shouldTradeWhenReplacedPriceCrosses() {
            limit("a1", SELL, "101", 5, DAY);
            limit("b1", BUY, "99", 5, DAY);

            List<BookEvent> events = book.replace("b1", 5, px("101"));

            assertThat(events.get(0)).isInstanceOf(Replaced.class);
            assertThat(last(events, Traded.class).lastPx()).isEqualByComparingTo("101");
            assertThat(book.liveOrders()).isZero();
        }

        @Test
        @DisplayName("a replace keeps the filled quantity and rejects a quantity at or below it")
        void shouldRejectReplaceBelowFilledQuantity() {
            limit("a1", SELL, "100", 4, DAY);
            limit("b1", BUY, "100", 10, DAY);

            assertThat(book.replace("b1", 4, px("100"))).singleElement().isInstanceOfSatisfying(
                    CancelRejected.class, r -> assertThat(r.reason()).isEqualTo(CancelRejectReason.INVALID_REQUEST));
            Replaced replaced = (Replaced) book.replace("b1", 8, px("100")).get(0);
            assertThat(replaced.order().cumQty()).isEqualTo(4);
            assertThat(replaced.order().leavesQty()).isEqualTo(4);
        }

        @Test
        @DisplayName("a replace of a filled or unknown order is refused")
        void shouldRejectReplaceOfFilledOrUnknownOrder() {
            limit("a1", SELL, "100", 1, DAY);
            limit("b1", BUY, "100", 1, DAY);

            assertThat(book.replace("a1", 2, px("100"))).singleElement().isInstanceOf(CancelRejected.class);
            assertThat(book.replace("zz", 2, px("100"))).singleElement().isInstanceOf(CancelRejected.class);
        }

        @Test
        @DisplayName("cancelAll cancels every live order")
        void shouldCancelAll() {
            limit("a1", SELL, "101", 1, DAY);
            limit("b1", BUY, "100", 1, DAY);

            assertThat(book.cancelAll("reset")).hasSize(2).allMatch(Canceled.class::isInstance);
            assertThat(book.liveOrders()).isZero();
            assertThat(book.snapshot(5).bids()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rejects")
    class Rejects {

        @Test
        @DisplayName("a non-positive quantity is rejected")
        void shouldRejectNonPositiveQuantity() {
            Rejected rejected = (Rejected) limit("b1", BUY, "100", 0, DAY).get(0);

            assertThat(rejected.reason()).isEqualTo(RejectReason.INCORRECT_QUANTITY);
            assertThat(rejected.order().status()).isEqualTo(OrderStatus.REJECTED);
        }

        @Test
        @DisplayName("a limit order without a price is rejected")
        void shouldRejectLimitWithoutPrice() {
            List<BookEvent> events = book.submit(new NewOrder("b1", BUY, OrderType.LIMIT, null, 1, DAY));

            assertThat(((Rejected) events.get(0)).reason()).isEqualTo(RejectReason.MISSING_PRICE);
        }

        @Test
        @DisplayName("a non-positive limit price is rejected")
        void shouldRejectNonPositivePrice() {
            assertThat(((Rejected) limit("b1", BUY, "-1", 1, DAY).get(0)).reason())
                    .isEqualTo(RejectReason.INVALID_PRICE);
        }

        @Test
        @DisplayName("stop orders are rejected as unsupported")
        void shouldRejectUnsupportedOrderType() {
            List<BookEvent> events = book.submit(new NewOrder("b1", BUY, OrderType.STOP, px("1"), 1, DAY));

            assertThat(((Rejected) events.get(0)).reason()).isEqualTo(RejectReason.UNSUPPORTED_ORDER_TYPE);
            assertThat(book.liveOrders()).isZero();
        }

        @Test
        @DisplayName("reusing a live order id is a programming error")
        void shouldRefuseDuplicateLiveOrderId() {
            limit("b1", BUY, "100", 1, DAY);

            assertThatThrownBy(() -> limit("b1", BUY, "100", 1, DAY)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
