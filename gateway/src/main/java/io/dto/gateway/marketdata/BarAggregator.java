package io.dto.gateway.marketdata;

import io.dto.api.message.Bar;
import io.dto.api.message.Tick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds time bars from trades, per symbol and timeframe. A bar covers {@code [start, start + length)} aligned to
 * the epoch; it closes when a trade of a later interval arrives, or, when the feed goes quiet, when the feed's time
 * has passed the bar's end by {@code closeDelayMillis}.
 *
 * <p>The feed's time is estimated as the last trade's timestamp plus the wall time since it arrived, so a silent
 * live feed closes its bars on the wall clock, and a replay (whose timestamps are historical) closes them on its own
 * time line. An interval without trades produces no bar: there is no price to open it with, and a zero-volume bar
 * carrying the previous close would feed indicators a price nobody traded. A trade older than the open bar (out
 * of order) is not added to a closed bar; it is counted in {@link #lateTrades()}.
 *
 * <p>Threading: not thread-safe; the aggregator verticle calls it on its one context.
 */
public final class BarAggregator {

    private final List<BarTimeframe> timeframes;
    private final long closeDelayMillis;
    private final Map<String, SymbolBars> symbols = new HashMap<>();
    private long lateTrades;

    public BarAggregator(List<BarTimeframe> timeframes, long closeDelayMillis) {
        this.timeframes = List.copyOf(timeframes);
        this.closeDelayMillis = closeDelayMillis;
    }

    /** Adds a trade that arrived at {@code arrivalMillis} (wall clock); returns the bars it closed. */
    public List<Bar> onTick(Tick tick, long arrivalMillis) {
        SymbolBars state = symbols.computeIfAbsent(tick.symbol(), s -> new SymbolBars(timeframes.size()));
        long at = tick.timestamp().toEpochMilli();
        state.lastTradeMillis = Math.max(state.lastTradeMillis, at);
        state.lastArrivalMillis = arrivalMillis;
        List<Bar> closed = new ArrayList<>(0);
        for (int i = 0; i < timeframes.size(); i++) {
            BarTimeframe timeframe = timeframes.get(i);
            long bucket = timeframe.bucketStart(at);
            OpenBar open = state.open[i];
            if (open != null && bucket > open.start) {
                closed.add(open.toBar(tick.symbol(), timeframe));
                state.closedUpTo[i] = open.start + timeframe.millis();
                open = null;
            } else if (open != null && bucket < open.start) {
                lateTrades++;
                continue;
            } else if (open == null && bucket < state.closedUpTo[i]) {
                lateTrades++;
                continue;
            }
            if (open == null) {
                state.open[i] = new OpenBar(bucket, tick.price(), tick.size());
            } else {
                open.add(tick.price(), tick.size());
            }
        }
        return closed;
    }

    /** Closes the bars whose interval the feed's estimated time has passed by the close delay. */
    public List<Bar> onTimer(long wallMillis) {
        List<Bar> closed = new ArrayList<>(0);
        symbols.forEach((symbol, state) -> {
            long feedNow = state.lastTradeMillis + Math.max(0, wallMillis - state.lastArrivalMillis);
            for (int i = 0; i < timeframes.size(); i++) {
                OpenBar open = state.open[i];
                BarTimeframe timeframe = timeframes.get(i);
                if (open != null && feedNow >= open.start + timeframe.millis() + closeDelayMillis) {
                    closed.add(open.toBar(symbol, timeframe));
                    state.closedUpTo[i] = open.start + timeframe.millis();
                    state.open[i] = null;
                }
            }
        });
        return closed;
    }

    /** Trades that arrived after the bar they belong to had closed. */
    public long lateTrades() {
        return lateTrades;
    }

    private static final class SymbolBars {
        final OpenBar[] open;
        final long[] closedUpTo;
        long lastTradeMillis = Long.MIN_VALUE;
        long lastArrivalMillis;

        SymbolBars(int timeframes) {
            open = new OpenBar[timeframes];
            closedUpTo = new long[timeframes];
            Arrays.fill(closedUpTo, Long.MIN_VALUE);
        }
    }

    private static final class OpenBar {
        final long start;
        final double open;
        double high;
        double low;
        double close;
        long volume;

        OpenBar(long start, double price, long size) {
            this.start = start;
            this.open = price;
            this.high = price;
            this.low = price;
            this.close = price;
            this.volume = size;
        }

        void add(double price, long size) {
            high = Math.max(high, price);
            low = Math.min(low, price);
            close = price;
            volume += size;
        }

        Bar toBar(String symbol, BarTimeframe timeframe) {
            return new Bar(symbol, timeframe.label(), Instant.ofEpochMilli(start), open, high, low, close,
                    volume);
        }
    }
}
