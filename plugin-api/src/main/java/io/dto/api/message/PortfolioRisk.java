package io.dto.api.message;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of a periodic portfolio check by a risk plugin (the guide's {@code check_portfolio_risk}).
 *
 * @param metrics named figures such as {@code var_95}, {@code max_drawdown}, {@code avg_correlation}
 * @param breaches one sentence per limit that is exceeded; empty when within limits
 */
public record PortfolioRisk(String plugin, boolean withinLimits, Map<String, Double> metrics, List<String> breaches,
        Instant timestamp) {

    public PortfolioRisk {
        metrics = Map.copyOf(metrics);
        breaches = List.copyOf(breaches);
    }
}
