package io.dto.plugins.synthetic;

import io.dto.api.message.Bar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic OHLCV history: a random walk from the symbol's start price over the bars of a range, each bar made
 * of {@value #STEPS_PER_BAR} steps so high and low come from a path. The generator is keyed by seed, symbol, range
 * and timeframe, so the same request always returns the same bars.
 */
final class HistoricalBars {

    /** The most bars one request may produce (a day of 1s bars is 86,400). */
    static final int MAX_BARS = 100_000;
    private static final int STEPS_PER_BAR = 20;
    /** Shares traded in a full session, before the random factor. */
    private static final double SESSION_VOLUME = 5_000_000;

    private final SyntheticConfig config;

    HistoricalBars(SyntheticConfig config) {
        this.config = config;
    }

    /**
     * The bars whose start lies in {@code [from, to)}, aligned to the timeframe, oldest first.
     *
     * @throws IllegalArgumentException for an unknown timeframe, {@code from >= to}, or a range of too many bars
     */
    List<Bar> generate(String symbol, Instant from, Instant to, String timeframeLabel) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol is required");
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are both required");
        }
        Timeframe timeframe = Timeframe.fromLabel(timeframeLabel);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
        Instant first = timeframe.alignUp(from);
        long count = first.isBefore(to)
                ? Math.floorDiv(to.toEpochMilli() - first.toEpochMilli() - 1, timeframe.millis()) + 1 : 0;
        if (count > MAX_BARS) {
            throw new IllegalArgumentException(count + " " + timeframe.label() + " bars requested from " + from
                    + " to " + to + "; at most " + MAX_BARS + " per request: shorten the range or use a longer "
                    + "timeframe");
        }
        SeededRandom random = SeededRandom.keyed(config.seed(), symbol, from.toEpochMilli(), to.toEpochMilli(),
                timeframe.label());
        WalkParameters step = WalkParameters.forStep(config, timeframe.tradingYears() / STEPS_PER_BAR);
        double meanVolume = SESSION_VOLUME * timeframe.tradingYears() * 252;
        List<Bar> bars = new ArrayList<>((int) count);
        double price = config.startPrice(symbol);
        for (long i = 0; i < count; i++) {
            Instant start = first.plusMillis(i * timeframe.millis());
            long open = step.grid().round(price);
            long high = open;
            long low = open;
            for (int s = 0; s < STEPS_PER_BAR; s++) {
                price = step.next(price, random);
                long ticks = step.grid().round(price);
                high = Math.max(high, ticks);
                low = Math.min(low, ticks);
            }
            long close = step.grid().round(price);
            long lots = Math.max(1, Math.round(meanVolume * (0.5 + random.nextDouble()) / config.lotSize()));
            bars.add(new Bar(symbol, timeframe.label(), start, step.grid().price(open), step.grid().price(high),
                    step.grid().price(low), step.grid().price(close), lots * config.lotSize()));
        }
        return bars;
    }
}
