package io.dto.risk.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Correlation and historical VaR of positions, from the symbols' own recent returns ({@link ReturnSeries}). A
 * figure that has fewer than {@code minObservations} common returns behind it is NaN: unknown, not zero.
 */
final class PortfolioAnalytics {

    private final ReturnSeries returns;
    private final int minObservations;

    PortfolioAnalytics(ReturnSeries returns, int minObservations) {
        this.returns = returns;
        this.minObservations = minObservations;
    }

    /** Correlation of two symbols' returns over their common periods; NaN with too few. */
    double correlation(String a, String b) {
        double[][] rows = returns.aligned(List.of(a, b));
        if (rows[0].length < minObservations) {
            return Double.NaN;
        }
        return RiskMath.correlation(rows[0], rows[1]);
    }

    /** The mean absolute correlation of {@code symbol} with each of {@code others} that can be measured; NaN if none. */
    double averageCorrelation(String symbol, List<String> others) {
        double sum = 0;
        int measured = 0;
        for (String other : others) {
            double correlation = correlation(symbol, other);
            if (!Double.isNaN(correlation)) {
                sum += Math.abs(correlation);
                measured++;
            }
        }
        return measured == 0 ? Double.NaN : sum / measured;
    }

    /** The mean absolute pairwise correlation among the symbols; NaN if no pair can be measured. */
    double averagePairwiseCorrelation(List<String> symbols) {
        double sum = 0;
        int measured = 0;
        for (int i = 0; i < symbols.size(); i++) {
            for (int j = i + 1; j < symbols.size(); j++) {
                double correlation = correlation(symbols.get(i), symbols.get(j));
                if (!Double.isNaN(correlation)) {
                    sum += Math.abs(correlation);
                    measured++;
                }
            }
        }
        return measured == 0 ? Double.NaN : sum / measured;
    }

    /**
     * Historical VaR of holdings given as signed market value per symbol: each common period's returns applied to
     * today's values give one P&amp;L scenario.
     */
    double valueAtRisk(Map<String, Double> marketValues, double confidence) {
        if (marketValues.isEmpty()) {
            return 0;
        }
        List<String> symbols = new ArrayList<>(marketValues.keySet());
        double[][] rows = returns.aligned(symbols);
        int periods = rows.length == 0 ? 0 : rows[0].length;
        if (periods < minObservations) {
            return Double.NaN;
        }
        double[] scenarios = new double[periods];
        for (int s = 0; s < symbols.size(); s++) {
            double value = marketValues.get(symbols.get(s));
            for (int t = 0; t < periods; t++) {
                scenarios[t] += value * rows[s][t];
            }
        }
        return RiskMath.historicalVar(scenarios, confidence);
    }
}
