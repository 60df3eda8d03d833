package io.dto.risk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.Bar;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Position;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.testkit.PluginRejectedException;
import io.dto.testkit.RiskHarness;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plugin as the gateway runs it: manifest and configuration validated, market data through its subscription. */
@DisplayName("portfolio-risk in the plugin testkit")
class PortfolioRiskHarnessTest {

    private static JsonObject config() {
        return new JsonObject().put("symbols", new JsonArray().add("AAPL").add("MSFT")).put("min_observations", 3);
    }

    @Test
    @DisplayName("bars fed through the subscription give the correlation that refuses a correlated order")
    void shouldRefuseCorrelatedOrderFromSubscribedBars() {
        try (RiskHarness<PortfolioRiskPlugin> risk = RiskHarness.start(new PortfolioRiskPlugin(), config())) {
            double[] aapl = {100, 110, 99, 108.9};
            double[] msft = {50, 55, 49.5, 54.45};
            for (int i = 0; i < aapl.length; i++) {
                var at = risk.clock().instant().plusSeconds(60L * i);
                risk.feed(new Bar("AAPL", "1m", at, aapl[i], aapl[i], aapl[i], aapl[i], 10),
                        new Bar("MSFT", "1m", at, msft[i], msft[i], msft[i], msft[i], 10));
            }
            Position msftHeld = new Position("default", "MSFT", new BigDecimal("10"), new BigDecimal("54.45"),
                    BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("54.45"), risk.clock().instant());

            RiskDecision decision = risk.validate(new OrderRequest("O-1", null, "default", null, "paper", "AAPL",
                    Side.BUY, OrderType.MARKET, BigDecimal.ONE, null, null, null), List.of(msftHeld),
                    risk.account(100000));

            assertThat(decision).isEqualTo(RiskDecision.reject("correlation_limit",
                    "average correlation 1.00 of AAPL with [MSFT] exceeds limit 0.70"));
        }
    }

    @Test
    @DisplayName("a configuration outside the manifest's bounds is refused before the plugin runs")
    void shouldRefuseCorrelationLimitAboveOne() {
        assertThatThrownBy(() -> RiskHarness.start(new PortfolioRiskPlugin(), config().put("correlation_limit", 2)))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("correlation_limit");
    }
}
