package io.dto.plugins.indicators;

import io.dto.api.message.Bar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNum;

/** Test data: a seeded random walk of daily bars with weekend gaps and occasional price gaps, and its ta4j twin. */
final class Series {

    static final Instant START = Instant.parse("2024-01-02T00:00:00Z");

    private Series() {
    }

    /** Daily bars, skipping weekends; every 37th bar opens 6% away from the previous close (a price gap). */
    static List<Bar> walk(String symbol, int count, long seed) {
        Random random = new Random(seed);
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        Instant day = START;
        for (int i = 0; i < count; i++) {
            double open = i % 37 == 36 ? close * (random.nextBoolean() ? 1.06 : 0.94) : close;
            double next = open * Math.exp(0.02 * random.nextGaussian());
            double high = Math.max(open, next) * (1 + 0.01 * random.nextDouble());
            double low = Math.min(open, next) * (1 - 0.01 * random.nextDouble());
            long volume = 1_000 + random.nextInt(100_000);
            bars.add(new Bar(symbol, "1d", day, open, high, low, next, volume));
            close = next;
            day = day.plus(Duration.ofDays(day.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() == 5 ? 3 : 1));
        }
        return bars;
    }

    static BarSeries ta4j(List<Bar> bars) {
        BarSeries series = new BaseBarSeriesBuilder().withName("test").withNumTypeOf(DoubleNum.class).build();
        for (Bar bar : bars) {
            series.addBar(Duration.ofDays(1), bar.timestamp().plus(Duration.ofDays(1)).atZone(ZoneOffset.UTC),
                    bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        }
        return series;
    }
}
