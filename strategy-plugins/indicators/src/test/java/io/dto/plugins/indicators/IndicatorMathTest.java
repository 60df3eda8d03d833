package io.dto.plugins.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.message.Bar;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;

/**
 * Each streaming indicator against ta4j, an independent implementation, over 600 bars with weekend and price gaps.
 * SMA, Bollinger bands and VWAP share ta4j's definitions, so they match from their first value on. ta4j seeds EMA,
 * RSI, ATR and MACD with the first input where we (like TA-Lib) seed with the first period's simple average; the two
 * converge geometrically, so those are compared once the seed's weight is below 1e-9, and their first values are
 * checked against the naive definitions in {@link IndicatorEdgesTest}.
 */
class IndicatorMathTest {

    private static final int BARS = 600;
    private static final int CONVERGED = 400;
    private final List<Bar> bars = Series.walk("GOOG", BARS, 11);
    private final BarSeries series = Series.ta4j(bars);
    private final ClosePriceIndicator close = new ClosePriceIndicator(series);

    @Test
    @DisplayName("SMA matches ta4j from its first value")
    void shouldMatchSma() {
        SMAIndicator reference = new SMAIndicator(close, 20);
        compare(new Sma(20), 19, i -> reference.getValue(i).doubleValue(), 1e-9);
    }

    @Test
    @DisplayName("Bollinger bands (SMA 20 +/- 2 population deviations) match ta4j from their first value")
    void shouldMatchBollinger() {
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
        BollingerBandsUpperIndicator upper = new BollingerBandsUpperIndicator(middle, deviation,
                series.numOf(2));
        BollingerBandsLowerIndicator lower = new BollingerBandsLowerIndicator(middle, deviation, series.numOf(2));
        Bollinger bands = new Bollinger(20, 2);
        for (int i = 0; i < BARS; i++) {
            feed(bands, bars.get(i));
            if (i >= 19) {
                java.util.Map<String, Double> out = new java.util.HashMap<>();
                bands.outputs(out);
                assertThat(out.get("bb_upper")).as("upper at %d", i).isCloseTo(upper.getValue(i).doubleValue(),
                        within(1e-7));
                assertThat(out.get("bb_lower")).as("lower at %d", i).isCloseTo(lower.getValue(i).doubleValue(),
                        within(1e-7));
            }
        }
    }

    @Test
    @DisplayName("rolling VWAP of the typical price matches ta4j from its first value")
    void shouldMatchVwap() {
        VWAPIndicator reference = new VWAPIndicator(series, 20);
        compare(new Vwap(20), 19, i -> reference.getValue(i).doubleValue(), 1e-9);
    }

    @Test
    @DisplayName("EMA converges to ta4j's")
    void shouldMatchEma() {
        EMAIndicator reference = new EMAIndicator(close, 12);
        compare(new Ema(12), CONVERGED, i -> reference.getValue(i).doubleValue(), 1e-9);
    }

    @Test
    @DisplayName("Wilder RSI converges to ta4j's")
    void shouldMatchRsi() {
        RSIIndicator reference = new RSIIndicator(close, 14);
        compare(new Rsi(14), CONVERGED, i -> reference.getValue(i).doubleValue(), 1e-7);
    }

    @Test
    @DisplayName("Wilder ATR, gaps included, converges to ta4j's")
    void shouldMatchAtr() {
        ATRIndicator reference = new ATRIndicator(series, 14);
        compare(new Atr(14), CONVERGED, i -> reference.getValue(i).doubleValue(), 1e-9);
    }

    @Test
    @DisplayName("MACD 12/26/9 line, signal and histogram converge to ta4j's")
    void shouldMatchMacd() {
        MACDIndicator reference = new MACDIndicator(close, 12, 26);
        Macd macd = new Macd(12, 26, 9);
        for (int i = 0; i < BARS; i++) {
            feed(macd, bars.get(i));
            if (i >= CONVERGED) {
                assertThat(macd.value()).isCloseTo(reference.getValue(i).doubleValue(), within(1e-9));
                assertThat(macd.histogram()).isCloseTo(reference.getHistogram(9).getValue(i).doubleValue(),
                        within(1e-9));
            }
        }
    }

    private void compare(StreamingIndicator indicator, int from, IntToDoubleFunction reference, double tolerance) {
        for (int i = 0; i < BARS; i++) {
            feed(indicator, bars.get(i));
            assertThat(indicator.ready()).as("ready after %d updates", i + 1).isEqualTo(i + 1 >= indicator.warmUp());
            if (i >= from) {
                assertThat(indicator.value()).as("%s at %d", indicator.key(), i)
                        .isCloseTo(reference.applyAsDouble(i), within(tolerance));
            }
        }
    }

    static void feed(StreamingIndicator indicator, Bar bar) {
        indicator.update(bar.high(), bar.low(), bar.close(), bar.volume());
    }
}
