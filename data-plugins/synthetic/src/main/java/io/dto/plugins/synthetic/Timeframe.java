package io.dto.plugins.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The bar lengths the bus names ({@code 1s} to {@code 1d}), with how much trading time each represents. */
enum Timeframe {
    S1("1s", Duration.ofSeconds(1)),
    M1("1m", Duration.ofMinutes(1)),
    M5("5m", Duration.ofMinutes(5)),
    H1("1h", Duration.ofHours(1)),
    D1("1d", Duration.ofDays(1));

    /** A trading year: 252 sessions of 6.5 hours; volatility is quoted per year of trading time. */
    static final double TRADING_YEAR_MILLIS = 252 * 6.5 * 3_600_000;

    private final String label;
    private final Duration length;

    Timeframe(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    static Timeframe fromLabel(String label) {
        return Arrays.stream(values())
                .filter(t -> t.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown timeframe '" + label + "'; supported: "
                        + Arrays.stream(values()).map(t -> t.label).collect(Collectors.joining(", "))));
    }

    String label() {
        return label;
    }

    long millis() {
        return length.toMillis();
    }

    /** The share of a trading year one bar covers: a daily bar is one session, intraday bars their clock length. */
    double tradingYears() {
        return this == D1 ? 1.0 / 252 : millis() / TRADING_YEAR_MILLIS;
    }

    /** The first bar boundary at or after {@code instant} (bars align to the epoch, so daily bars to UTC midnight). */
    Instant alignUp(Instant instant) {
        long ms = instant.toEpochMilli();
        return Instant.ofEpochMilli(Math.floorDiv(ms + millis() - 1, millis()) * millis());
    }
}
