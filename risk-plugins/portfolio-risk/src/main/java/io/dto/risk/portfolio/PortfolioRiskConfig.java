package io.dto.risk.portfolio;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** The plugin's configuration after the gateway validated it against the manifest (defaults filled in). */
record PortfolioRiskConfig(List<String> symbols, String barTimeframe, BigDecimal maxPositionSize,
        BigDecimal marginRequirement, BigDecimal maxDailyLoss, double correlationLimit, double varConfidence,
        double maxPortfolioRisk, BigDecimal maxDrawdown, int lookback, int minObservations) {

    static PortfolioRiskConfig from(JsonObject config) {
        return new PortfolioRiskConfig(
                config.getJsonArray("symbols").stream().map(String::valueOf).toList(),
                config.getString("bar_timeframe"),
                decimal(config, "max_position_size"),
                decimal(config, "margin_requirement"),
                decimal(config, "max_daily_loss"),
                config.getDouble("correlation_limit"),
                config.getDouble("var_confidence"),
                config.getDouble("max_portfolio_risk"),
                decimal(config, "max_drawdown"),
                config.getInteger("lookback"),
                config.getInteger("min_observations"));
    }

    private static BigDecimal decimal(JsonObject config, String key) {
        return new BigDecimal(config.getValue(key).toString());
    }
}
