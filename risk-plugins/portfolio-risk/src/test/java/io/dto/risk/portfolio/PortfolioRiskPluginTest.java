package io.dto.risk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.message.Account;
import io.dto.api.message.Bar;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.Position;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plugin's rules on a small market: AAPL closes 100, 110, 99, 108.9 (returns +10%, -10%, +10%) and MSFT closes
 * 50, 45, 49.5, 44.55 (returns -10%, +10%, -10%): correlation exactly -1.
 */
@DisplayName("PortfolioRiskPlugin: order rules and portfolio checks")
class PortfolioRiskPluginTest {

    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    private final PortfolioRiskPlugin plugin = new PortfolioRiskPlugin();

    @BeforeEach
    void feedBars() {
        plugin.configure(new PortfolioRiskConfig(List.of("AAPL", "MSFT"), "1m", new BigDecimal("100000"),
                new BigDecimal("0.2"), new BigDecimal("1000"), 0.7, 0.95, 0.02, new BigDecimal("600"), 250, 3),
                InstantSource.fixed(T0));
        double[] aapl = {100, 110, 99, 108.9};
        double[] msft = {50, 45, 49.5, 44.55};
        for (int i = 0; i < aapl.length; i++) {
            plugin.onMarketData(bar("AAPL", i, aapl[i]));
            plugin.onMarketData(bar("MSFT", i, msft[i]));
        }
    }

    private static Bar bar(String symbol, int minute, double close) {
        return new Bar(symbol, "1m", T0.plusSeconds(60L * minute), close, close, close, close, 100);
    }

    private static Account account(String marginAvailable, String dailyPnl) {
        BigDecimal available = new BigDecimal(marginAvailable);
        return new Account("A", "USD", new BigDecimal("100000"), new BigDecimal("100000"), available,
                BigDecimal.ZERO, available, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(dailyPnl), T0);
    }

    private static Position position(String symbol, String quantity, String price) {
        return new Position("A", symbol, new BigDecimal(quantity), new BigDecimal(price), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal(price), T0);
    }

    private static OrderRequest buy(String symbol, String quantity, String price) {
        return new OrderRequest("O-1", null, "A", null, "paper", symbol, Side.BUY, OrderType.LIMIT,
                new BigDecimal(quantity), new BigDecimal(price), null, null);
    }

    @Test
    void shouldApproveOrderWithinEveryLimit() {
        assertThat(plugin.validateOrder(buy("AAPL", "10", "100"), List.of(), account("50000", "0")).approved())
                .isTrue();
    }

    @Test
    void shouldRejectPositionAboveSizeLimit() {
        RiskDecision decision = plugin.validateOrder(buy("AAPL", "500", "100"), List.of(position("AAPL", "600",
                "100")), account("50000", "0"));
        assertThat(decision).isEqualTo(RiskDecision.reject("position_size_limit",
                "position size 110000.00 in AAPL after the order exceeds limit 100000.00"));
    }

    @Test
    void shouldRejectOrderWithoutMargin() {
        RiskDecision decision = plugin.validateOrder(buy("AAPL", "100", "100"), List.of(), account("1500", "0"));
        assertThat(decision).isEqualTo(RiskDecision.reject("margin",
                "insufficient margin: required 2000.00, available 1500.00"));
    }

    @Test
    @DisplayName("correlation is measured from the returns: AAPL against a held MSFT is -1, above the 0.7 limit")
    void shouldRejectOrderCorrelatedWithHoldings() {
        RiskDecision decision = plugin.validateOrder(buy("AAPL", "10", "100"), List.of(position("MSFT", "20",
                "44.55")), account("50000", "0"));
        assertThat(decision).isEqualTo(RiskDecision.reject("correlation_limit",
                "average correlation 1.00 of AAPL with [MSFT] exceeds limit 0.70"));
    }

    @Test
    @DisplayName("daily loss counts the order's own VaR: 1000 of AAPL has 95% VaR 100 (a -10% period)")
    void shouldRejectOrderThatCouldBreachDailyLoss() {
        RiskDecision passes = plugin.validateOrder(buy("AAPL", "10", "100"), List.of(), account("50000", "-890"));
        RiskDecision fails = plugin.validateOrder(buy("AAPL", "10", "100"), List.of(), account("50000", "-950"));

        assertThat(passes.approved()).isTrue();
        assertThat(fails).isEqualTo(RiskDecision.reject("daily_loss_limit",
                "daily P&L -950.00 less the order's 95% VaR 100.00 would pass the loss limit 1000.00"));
    }

    @Test
    @DisplayName("past the drawdown limit only orders that reduce a position pass")
    void shouldRejectNewRiskInDrawdown() {
        plugin.updateRiskMetrics(new BigDecimal("500"));
        plugin.updateRiskMetrics(new BigDecimal("-700"));

        RiskDecision adding = plugin.validateOrder(buy("AAPL", "1", "100"), List.of(), account("50000", "0"));
        RiskDecision reducing = plugin.validateOrder(new OrderRequest("O-2", null, "A", null, "paper", "AAPL",
                Side.SELL, OrderType.LIMIT, BigDecimal.ONE, new BigDecimal("100"), null, null),
                List.of(position("AAPL", "5", "100")), account("50000", "0"));

        assertThat(adding).isEqualTo(RiskDecision.reject("max_drawdown",
                "drawdown 700.00 exceeds limit 600.00; only orders that reduce a position pass"));
        assertThat(reducing.approved()).isTrue();
    }

    @Test
    @DisplayName("portfolio VaR: AAPL 1000 and MSFT 2000 give scenarios -100, +100, -100, so 95% VaR is 100")
    void shouldComputePortfolioVarAndCorrelation() {
        PortfolioRisk risk = plugin.checkPortfolioRisk(List.of(position("AAPL", "10", "100"),
                position("MSFT", "40", "50")), account("50000", "0"));

        assertThat(risk.metrics().get("var")).isCloseTo(100, within(1e-9));
        assertThat(risk.metrics().get("var_percentage")).isCloseTo(0.001, within(1e-12));
        assertThat(risk.metrics().get("avg_correlation")).isCloseTo(1.0, within(1e-12));
        assertThat(risk.metrics().get("portfolio_value")).isEqualTo(3000);
        assertThat(risk.withinLimits()).isFalse();
        assertThat(risk.breaches()).containsExactly("average correlation 1.00 among holdings exceeds limit 0.70");
    }

    @Test
    @DisplayName("with fewer common returns than required, VaR is unknown (NaN), never zero")
    void shouldReportUnknownVarWithoutHistory() {
        PortfolioRisk risk = plugin.checkPortfolioRisk(List.of(position("GOOGL", "1", "100")), account("50000", "0"));
        assertThat(risk.metrics().get("var")).isNaN();
    }

    @Test
    @DisplayName("drawdown metric: +500 then -700 is a 700 fall from the peak")
    void shouldReportMaxDrawdown() {
        plugin.updateRiskMetrics(new BigDecimal("500"));
        plugin.updateRiskMetrics(new BigDecimal("-700"));
        plugin.updateRiskMetrics(new BigDecimal("300"));

        PortfolioRisk risk = plugin.checkPortfolioRisk(List.of(), account("50000", "0"));

        assertThat(risk.metrics().get("max_drawdown")).isEqualTo(700);
        assertThat(risk.metrics().get("current_drawdown")).isEqualTo(400);
    }
}
