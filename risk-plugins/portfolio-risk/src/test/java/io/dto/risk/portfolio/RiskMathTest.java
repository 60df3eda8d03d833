package io.dto.risk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RiskMath against hand-computed values")
class RiskMathTest {

    @Test
    @DisplayName("Pearson correlation: cov 6 over sqrt(10 * 6) = 0.7746")
    void shouldComputePearsonCorrelation() {
        double r = RiskMath.correlation(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
        assertThat(r).isCloseTo(6 / Math.sqrt(60), within(1e-12));
        assertThat(r).isCloseTo(0.7745966692, within(1e-9));
    }

    @Test
    void shouldGiveMinusOneForOppositeSeries() {
        assertThat(RiskMath.correlation(new double[] {1, 2, 3}, new double[] {-2, -4, -6})).isCloseTo(-1, within(1e-12));
    }

    @Test
    @DisplayName("a constant series has no correlation (NaN), not zero")
    void shouldGiveNanForConstantSeries() {
        assertThat(RiskMath.correlation(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    }

    @Test
    @DisplayName("historical VaR is the loss of the ceil((1 - c) * n)-th worst scenario")
    void shouldTakeHistoricalVarFromWorstScenarios() {
        double[] scenarios = {4, -3, 10, -1, 0, 2, -5, 6, 8, 12};
        assertThat(RiskMath.historicalVar(scenarios, 0.90)).isEqualTo(5);
        assertThat(RiskMath.historicalVar(scenarios, 0.80)).isEqualTo(3);
        assertThat(RiskMath.historicalVar(scenarios, 0.70)).isEqualTo(1);
    }

    @Test
    @DisplayName("95% of 20 scenarios is the single worst, despite 0.05 * 20 being 1.0000000000000009 in doubles")
    void shouldNotSlipARankOnFloatingPoint() {
        double[] scenarios = new double[20];
        for (int i = 0; i < 20; i++) {
            scenarios[i] = -(i + 1);
        }
        assertThat(RiskMath.historicalVar(scenarios, 0.95)).isEqualTo(20);
    }

    @Test
    void shouldGiveZeroVarWhenTheQuantileIsAGain() {
        assertThat(RiskMath.historicalVar(new double[] {1, 2, 3}, 0.5)).isZero();
    }

    @Test
    @DisplayName("max drawdown: peak 8, trough 2 after it: 6")
    void shouldMeasureMaxDrawdownFromPeak() {
        assertThat(RiskMath.maxDrawdown(new double[] {0, 5, 3, 8, 2, 6})).isEqualTo(6);
        assertThat(RiskMath.maxDrawdown(new double[] {0, 1, 2, 3})).isZero();
    }
}
