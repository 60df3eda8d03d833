package io.dto.risk.portfolio;

import java.util.Arrays;

/** The statistics behind the plugin, as pure functions over arrays: easy to check by hand. */
final class RiskMath {

    private RiskMath() {
    }

    /** Pearson correlation of two equally long series; NaN when shorter than two or either is constant. */
    static double correlation(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series differ in length: " + x.length + " and " + y.length);
        }
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        if (varianceX == 0 || varianceY == 0) {
            return Double.NaN;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    /**
     * Historical value at risk: the loss in the ⌈(1 − confidence) · n⌉-th worst of the P&amp;L scenarios, as a
     * positive number (zero when even that scenario is a gain); NaN without scenarios.
     */
    static double historicalVar(double[] scenarios, double confidence) {
        if (scenarios.length == 0) {
            return Double.NaN;
        }
        double[] sorted = scenarios.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil((1 - confidence) * sorted.length - 1e-9);
        double quantile = sorted[Math.max(0, rank - 1)];
        return Math.max(0, -quantile);
    }

    /** The largest fall of a cumulative series from an earlier peak (zero for a series that never falls). */
    static double maxDrawdown(double[] cumulative) {
        double peak = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (double value : cumulative) {
            peak = Math.max(peak, value);
            worst = Math.max(worst, peak - value);
        }
        return worst;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
