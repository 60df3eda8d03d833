package io.dto.plugins.fixsim;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fixsim.book.BookEvent;
import io.dto.plugins.fixsim.book.BookSnapshot;
import io.dto.plugins.fixsim.book.NewOrder;
import io.dto.plugins.fixsim.book.OrderBook;
import io.dto.plugins.fixsim.book.PriceLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LiquidityProvider")
class LiquidityProviderTest {

    private final OrderBook book = new OrderBook("AAPL");

    private static BigDecimal px(String price) {
        return new BigDecimal(price);
    }

    private static LiquidityProvider provider(int levels, String minSpreadBps) {
        return new LiquidityProvider(new LiquidityConfig(true, levels, 100, px("0.01"), px(minSpreadBps)));
    }

    private static List<BigDecimal> prices(List<PriceLevel> levels) {
        return levels.stream().map(PriceLevel::price).map(p -> p.setScale(2)).toList();
    }

    @Test
    @DisplayName("quotes the configured levels on both sides, rounded outwards to the tick")
    void shouldQuoteLevelsAroundReference() {
        provider(3, "0").refresh(book, px("100.004"), px("100.016"));

        BookSnapshot snapshot = book.snapshot(10);
        assertThat(prices(snapshot.bids())).containsExactly(px("100.00"), px("99.99"), px("99.98"));
        assertThat(prices(snapshot.asks())).containsExactly(px("100.02"), px("100.03"), px("100.04"));
        assertThat(snapshot.bids()).allMatch(level -> level.quantity() == 100);
    }

    @Test
    @DisplayName("a refresh withdraws the previous quotes")
    void shouldReplacePreviousQuotesOnRefresh() {
        LiquidityProvider provider = provider(2, "0");
        provider.refresh(book, px("100.00"), px("100.02"));

        provider.refresh(book, px("101.00"), px("101.02"));

        assertThat(book.liveOrders()).isEqualTo(4);
        assertThat(prices(book.snapshot(10).bids())).containsExactly(px("101.00"), px("100.99"));
    }

    @Test
    @DisplayName("widens a narrow reference spread to the minimum")
    void shouldWidenToMinimumSpread() {
        provider(1, "10").refresh(book, px("100"), px("100"));

        assertThat(prices(book.snapshot(1).bids())).containsExactly(px("99.95"));
        assertThat(prices(book.snapshot(1).asks())).containsExactly(px("100.05"));
    }

    @Test
    @DisplayName("never quotes a locked book against itself")
    void shouldKeepAskAboveBidForLockedReference() {
        List<BookEvent> events = provider(1, "0").refresh(book, px("100"), px("100"));

        assertThat(events).noneMatch(BookEvent.Traded.class::isInstance);
        assertThat(prices(book.snapshot(1).asks())).containsExactly(px("100.01"));
    }

    @Test
    @DisplayName("a new quote that crosses a resting order trades with it at the resting price")
    void shouldTradeWithCrossedRestingOrder() {
        book.submit(NewOrder.limit("client", Side.BUY, px("101"), 50, TimeInForce.DAY));

        List<BookEvent> events = provider(1, "0").refresh(book, px("100.00"), px("100.50"));

        BookEvent.Traded clientFill = events.stream().filter(BookEvent.Traded.class::isInstance)
                .map(BookEvent.Traded.class::cast).filter(t -> t.orderId().equals("client")).findFirst().orElseThrow();
        assertThat(clientFill.lastPx()).isEqualByComparingTo("101");
        assertThat(clientFill.order().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    @DisplayName("a disabled provider places nothing")
    void shouldPlaceNothingWhenDisabled() {
        new LiquidityProvider(LiquidityConfig.disabled()).refresh(book, px("100"), px("101"));

        assertThat(book.liveOrders()).isZero();
    }

    @Test
    @DisplayName("withdraw cancels what is left of the quotes")
    void shouldWithdrawQuotes() {
        LiquidityProvider provider = provider(2, "0");
        provider.refresh(book, px("100"), px("101"));
        book.submit(NewOrder.market("taker", Side.BUY, 100, TimeInForce.IOC));

        provider.withdraw(book);

        assertThat(book.liveOrders()).isZero();
    }
}
