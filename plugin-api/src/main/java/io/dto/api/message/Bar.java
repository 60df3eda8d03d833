package io.dto.api.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An OHLCV bar.
 *
 * @param timeframe the bar length as the bus names it ({@code 1s}, {@code 1m}, {@code 5m}, {@code 1h}, {@code 1d})
 * @param timestamp the start of the bar's interval
 */
public record Bar(String symbol, String timeframe, Instant timestamp, double open, double high, double low,
        double close, long volume) implements MarketData {

    public Bar {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!(low > 0) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("bar prices must be positive finite numbers");
        }
        if (high < low || open < low || open > high || close < low || close > high) {
            throw new IllegalArgumentException("inconsistent bar for " + symbol + ": open " + open + " high " + high
                    + " low " + low + " close " + close);
        }
        if (volume < 0) {
            throw new IllegalArgumentException("bar volume must not be negative, got " + volume);
        }
    }

    @Override
    public double price() {
        return close;
    }
}
