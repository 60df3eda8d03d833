package io.dto.plugins.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The window edges (the update before the first value, the first value, the ring's wrap), against a reference
 * table and against naive implementations that recompute each value from the whole history by the definitions.
 */
class IndicatorEdgesTest {

    private final List<Bar> bars = Series.walk("GOOG", 120, 5);

    @Test
    @DisplayName("SMA(3) of 1..7: waiting for two updates, then 2, 3, 4, 5, 6 across the ring's wraps")
    void shouldFollowReferenceTable() {
        Sma sma = new Sma(3);
        List<Double> values = new ArrayList<>();
        for (int price = 1; price <= 7; price++) {
            sma.update(price, price, price, 1);
            values.add(sma.ready() ? sma.value() : null);
        }
        assertThat(values).containsExactly(null, null, 2.0, 3.0, 4.0, 5.0, 6.0);
    }

    @Test
    @DisplayName("EMA's first value is the SMA of its first period, then the recursion, at every index")
    void shouldMatchNaiveEma() {
        compareWithNaive(new Ema(10), 10, prefix -> naiveEma(closes(prefix), 10));
    }

    @Test
    @DisplayName("RSI's first value needs period + 1 closes and matches Wilder's definition at every index")
    void shouldMatchNaiveRsi() {
        compareWithNaive(new Rsi(14), 15, IndicatorEdgesTest::naiveRsi);
    }

    @Test
    @DisplayName("ATR's first value is the mean true range of its first period, gaps included, at every index")
    void shouldMatchNaiveAtr() {
        compareWithNaive(new Atr(14), 14, IndicatorEdgesTest::naiveAtr);
    }

    @Test
    @DisplayName("MACD's first value needs slow + signal - 1 closes and matches the definition at every index")
    void shouldMatchNaiveMacd() {
        compareWithNaive(new Macd(12, 26, 9), 34, prefix -> {
            List<Double> closes = closes(prefix);
            List<Double> line = new ArrayList<>();
            for (int end = 26; end <= closes.size(); end++) {
                line.add(naiveEma(closes.subList(0, end), 12) - naiveEma(closes.subList(0, end), 26));
            }
            return line.get(line.size() - 1);
        });
    }

    @Test
    @DisplayName("a price gap counts in the true range: a gap up from 100 to a 105-107 bar ranges 7, not 2")
    void shouldCountGapInTrueRange() {
        Atr atr = new Atr(1);
        atr.update(101, 99, 100, 10);
        atr.update(107, 105, 106, 10);
        assertThat(atr.value()).isEqualTo(7.0);
    }

    @Test
    @DisplayName("a VWAP window without volume has no value, and the set reports ERROR instead of a number")
    void shouldReportUndefinedVwap() {
        IndicatorSet set = new IndicatorSet("indicators", "GOOG", List.of(IndicatorSpec.parse("vwap:2")));
        set.update(new Bar("GOOG", "1d", Series.START, 10, 11, 9, 10, 0));
        var value = set.update(new Bar("GOOG", "1d", Series.START.plusSeconds(86_400), 10, 11, 9, 10, 0));
        assertThat(value.signal()).isEqualTo(IndicatorSignal.ERROR);
        assertThat(value.value()).isNull();
        var next = set.update(new Bar("GOOG", "1d", Series.START.plusSeconds(172_800), 10, 12, 9, 11, 30));
        assertThat(next.value()).isCloseTo((12 + 9 + 11) / 3.0, within(1e-12));
    }

    @Test
    @DisplayName("running sums do not drift over a million updates at price levels near 1e6")
    void shouldNotDriftOverLongSessions() {
        RollingSum sum = new RollingSum(50);
        double[] window = new double[50];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 1_000_000; i++) {
            double value = 1e6 + random.nextDouble();
            window[i % 50] = value;
            sum.add(value);
        }
        double exact = 0;
        for (double v : window) {
            exact += v;
        }
        assertThat(sum.sum()).isCloseTo(exact, within(1e-6));
    }

    @Test
    @DisplayName("specifications parse with defaults and refuse what no indicator accepts")
    void shouldParseSpecifications() {
        assertThat(IndicatorSpec.parse("rsi").create().key()).isEqualTo("rsi_14");
        assertThat(IndicatorSpec.parse("Bollinger:10:1.5").create().warmUp()).isEqualTo(10);
        assertThatThrownBy(() -> IndicatorSpec.parse("stoch:14")).hasMessageContaining("unknown indicator 'stoch:14'");
        assertThatThrownBy(() -> IndicatorSpec.parse("macd:26:12:9")).hasMessageContaining("must be less than");
        assertThatThrownBy(() -> IndicatorSpec.parse("sma:2.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> IndicatorSpec.parse("atr:14:3")).hasMessageContaining("at most 1 parameter");
    }

    private void compareWithNaive(StreamingIndicator indicator, int firstValueAt,
            Function<List<Bar>, Double> naive) {
        for (int i = 0; i < bars.size(); i++) {
            IndicatorMathTest.feed(indicator, bars.get(i));
            assertThat(indicator.ready()).as("ready after %d updates", i + 1).isEqualTo(i + 1 >= firstValueAt);
            if (indicator.ready()) {
                assertThat(indicator.value()).as("%s after %d updates", indicator.key(), i + 1)
                        .isCloseTo(naive.apply(bars.subList(0, i + 1)), within(1e-9));
            }
        }
    }

    private static List<Double> closes(List<Bar> bars) {
        return bars.stream().map(Bar::close).toList();
    }

    private static double naiveEma(List<Double> xs, int period) {
        double ema = xs.subList(0, period).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        for (int i = period; i < xs.size(); i++) {
            ema = ema + 2.0 / (period + 1) * (xs.get(i) - ema);
        }
        return ema;
    }

    private static double naiveWilder(List<Double> xs, int period) {
        double average = xs.subList(0, period).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        for (int i = period; i < xs.size(); i++) {
            average = (average * (period - 1) + xs.get(i)) / period;
        }
        return average;
    }

    private static double naiveRsi(List<Bar> prefix) {
        List<Double> gains = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        for (int i = 1; i < prefix.size(); i++) {
            double change = prefix.get(i).close() - prefix.get(i - 1).close();
            gains.add(change > 0 ? change : 0.0);
            losses.add(change < 0 ? -change : 0.0);
        }
        double gain = naiveWilder(gains, 14);
        double loss = naiveWilder(losses, 14);
        return 100 - 100 / (1 + gain / loss);
    }

    private static double naiveAtr(List<Bar> prefix) {
        List<Double> ranges = new ArrayList<>();
        for (int i = 0; i < prefix.size(); i++) {
            Bar bar = prefix.get(i);
            double range = bar.high() - bar.low();
            if (i > 0) {
                double previous = prefix.get(i - 1).close();
                range = Math.max(range, Math.max(Math.abs(bar.high() - previous), Math.abs(bar.low() - previous)));
            }
            ranges.add(range);
        }
        return naiveWilder(ranges, 14);
    }
}
