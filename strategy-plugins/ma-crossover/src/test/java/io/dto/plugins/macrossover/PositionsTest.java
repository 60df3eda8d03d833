package io.dto.plugins.macrossover;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Position;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.testkit.StrategyHarness;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Moving-average crossover strategy: positions from fills")
class PositionsTest {

    private final StrategyHarness<MaCrossoverStrategy> strategy = StrategyHarness.start(new MaCrossoverStrategy(),
            new JsonObject().put("symbols", List.of("AAPL", "MSFT")));

    @Test
    @DisplayName("has no position before any fill")
    void shouldStartFlat() {
        assertThat(strategy.positions()).isEmpty();
    }

    @Test
    @DisplayName("nets fills per symbol with a volume-weighted average entry price")
    void shouldNetFillsWithAverageEntryPrice() {
        strategy.fill("AAPL", Side.BUY, 10, 100);
        strategy.fill("AAPL", Side.BUY, 30, 104);
        strategy.fill("MSFT", Side.SELL, 5, 400);

        assertThat(strategy.positions()).hasSize(2);
        Position aapl = position("AAPL");
        assertThat(aapl.quantity()).isEqualByComparingTo("40");
        assertThat(aapl.averagePrice()).isEqualByComparingTo("103");
        assertThat(aapl.account()).isEqualTo("default");
        Position msft = position("MSFT");
        assertThat(msft.quantity()).isEqualByComparingTo("-5");
        assertThat(msft.averagePrice()).isEqualByComparingTo("400");
    }

    @Test
    @DisplayName("realizes P&L when reducing, flips the entry price when reversing, and drops flat positions")
    void shouldRealizeAndFlip() {
        strategy.fill("AAPL", Side.BUY, 20, 100);
        strategy.fill("AAPL", Side.SELL, 5, 110);

        assertThat(position("AAPL").quantity()).isEqualByComparingTo("15");
        assertThat(position("AAPL").averagePrice()).isEqualByComparingTo("100");
        assertThat(position("AAPL").realizedPnl()).isEqualByComparingTo("50");

        strategy.fill("AAPL", Side.SELL, 25, 90);
        assertThat(position("AAPL").quantity()).isEqualByComparingTo("-10");
        assertThat(position("AAPL").averagePrice()).isEqualByComparingTo("90");
        assertThat(position("AAPL").realizedPnl()).isEqualByComparingTo("-100");

        strategy.fill("AAPL", Side.BUY, 10, 90);
        assertThat(strategy.positions()).isEmpty();
    }

    @Test
    @DisplayName("takes partial fills from cumulative quantities, so a repeated event counts once")
    void shouldApplyPartialFillsOnce() {
        OrderEvent first = event("O-1", OrderStatus.PARTIALLY_FILLED, 40, "100", 40, "100");
        OrderEvent second = event("O-1", OrderStatus.FILLED, 100, "101.2", 60, "102");

        strategy.deliverOrderEvent(first);
        strategy.deliverOrderEvent(first);
        strategy.deliverOrderEvent(second);
        strategy.deliverOrderEvent(second);

        assertThat(position("AAPL").quantity()).isEqualByComparingTo("100");
        assertThat(position("AAPL").averagePrice()).isEqualByComparingTo("101.2");
    }

    @Test
    @DisplayName("ignores events without fills and events of other strategies")
    void shouldIgnoreEventsWithoutFillsOrOfOthers() {
        strategy.deliverOrderEvent(event("O-2", OrderStatus.NEW, 0, null, 0, null));
        strategy.deliverOrderEvent(new OrderEvent("O-3", null, "other-strategy", "paper", "default", "AAPL",
                Side.BUY, OrderType.MARKET, TimeInForce.DAY, BigDecimal.TEN, null, null, OrderStatus.FILLED,
                BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, null, strategy.clock().instant()));

        assertThat(strategy.positions()).isEmpty();
    }

    @Test
    @DisplayName("marks open positions to the last price received")
    void shouldMarkToTheLastPrice() {
        strategy.fill("AAPL", Side.BUY, 10, 100);
        strategy.feedPrices("AAPL", 104.5);

        Position aapl = position("AAPL");
        assertThat(aapl.marketPrice()).isEqualByComparingTo("104.5");
        assertThat(aapl.unrealizedPnl()).isEqualByComparingTo("45");
    }

    private Position position(String symbol) {
        return strategy.positions().stream().filter(p -> p.symbol().equals(symbol)).findFirst().orElseThrow();
    }

    private OrderEvent event(String id, OrderStatus status, long filled, String average, long last,
            String lastPrice) {
        return new OrderEvent(id, null, "ma-crossover", "paper", "default", "AAPL", Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, BigDecimal.valueOf(100), null, null, status, BigDecimal.valueOf(filled),
                average == null ? null : new BigDecimal(average), BigDecimal.valueOf(last),
                lastPrice == null ? null : new BigDecimal(lastPrice), null, strategy.clock().instant());
    }
}
