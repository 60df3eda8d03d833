package io.dto.gateway.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.Side;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BacktestLedgerTest {

    private final BacktestLedger ledger = new BacktestLedger(new BigDecimal("10000"));

    @Test
    @DisplayName("a long bought, marked down, then sold higher: realized P&L, round trip, drawdown from the peak")
    void shouldMeasurePnlAndDrawdown() {
        ledger.fill("GOOG", Side.BUY, bd(10), bd(100));
        ledger.mark("GOOG", 110);
        ledger.mark("GOOG", 90);
        ledger.mark("GOOG", 120);
        ledger.fill("GOOG", Side.SELL, bd(10), bd(120));

        BacktestSummary summary = ledger.summary();
        assertThat(summary.fills()).isEqualTo(2);
        assertThat(summary.roundTrips()).isEqualTo(1);
        assertThat(summary.realizedPnl()).isEqualByComparingTo("200");
        assertThat(summary.unrealizedPnl()).isEqualByComparingTo("0");
        assertThat(summary.endingEquity()).isEqualByComparingTo("10200");
        assertThat(summary.maxDrawdown()).isEqualByComparingTo("200");
        assertThat(summary.maxDrawdownFraction()).isEqualByComparingTo(new BigDecimal("200")
                .divide(new BigDecimal("10100"), java.math.MathContext.DECIMAL64));
    }

    @Test
    @DisplayName("adding to a position averages its price; a reversal realizes the closed part and re-bases")
    void shouldAverageAndReverse() {
        ledger.fill("GOOG", Side.BUY, bd(10), bd(100));
        ledger.fill("GOOG", Side.BUY, bd(10), bd(110));
        ledger.fill("GOOG", Side.SELL, bd(30), bd(120));
        ledger.mark("GOOG", 110);

        BacktestSummary summary = ledger.summary();
        assertThat(summary.realizedPnl()).isEqualByComparingTo("300");
        assertThat(summary.unrealizedPnl()).isEqualByComparingTo("100");
        assertThat(summary.roundTrips()).isEqualTo(1);
        assertThat(summary.describe()).contains("total P&L:      400.00", "fills:          3");
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value);
    }
}
