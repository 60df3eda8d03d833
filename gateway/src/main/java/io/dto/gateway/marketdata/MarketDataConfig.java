package io.dto.gateway.marketdata;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code market_data} section of {@code gateway.yaml}.
 *
 * @param bufferCapacity updates each subscriber (strategy, indicator, risk plugin) may hold unprocessed
 * @param overflowPolicy what a full subscriber buffer does
 * @param drainBatch updates handed to a subscriber per event-loop turn before it yields
 * @param barTimeframes the bars built from trades; empty turns aggregation off
 * @param barCloseDelayMillis how long after a bar's end a silent feed's bar is closed
 * @param barTimerMillis how often silent feeds are checked
 * @param historyMaxWaitMillis how long a historical-bars request may wait for its provider's rate limit
 */
public record MarketDataConfig(int bufferCapacity, OverflowPolicy overflowPolicy, int drainBatch,
        List<BarTimeframe> barTimeframes, long barCloseDelayMillis, long barTimerMillis, long historyMaxWaitMillis) {

    public static final List<String> DEFAULT_TIMEFRAMES = List.of("1s", "1m", "5m", "1h");

    public MarketDataConfig {
        barTimeframes = List.copyOf(barTimeframes);
    }

    /** Reads the section (absent keys take their defaults), adding every problem to {@code problems}. */
    public static MarketDataConfig from(JsonObject section, List<String> problems) {
        JsonObject buffer = object(section, "buffer", problems);
        JsonObject bars = object(section, "bars", problems);
        int capacity = (int) whole(buffer, "capacity", 10_000, 4, problems, "market_data.buffer.capacity");
        int batch = (int) whole(buffer, "drain_batch", 256, 1, problems, "market_data.buffer.drain_batch");
        OverflowPolicy policy = OverflowPolicy.DROP_OLDEST;
        try {
            policy = OverflowPolicy.fromConfig(buffer.getString("policy", "drop_oldest"));
        } catch (IllegalArgumentException | ClassCastException e) {
            problems.add("market_data.buffer.policy: " + e.getMessage());
        }
        List<BarTimeframe> timeframes = new ArrayList<>();
        Object labels = bars.getValue("timeframes", new JsonArray(DEFAULT_TIMEFRAMES));
        JsonArray list = labels instanceof JsonArray array ? array : new JsonArray();
        if (!(labels instanceof JsonArray)) {
            problems.add("market_data.bars.timeframes must be a list such as [1s, 1m, 5m, 1h], got " + labels);
        }
        for (Object label : list) {
            try {
                timeframes.add(BarTimeframe.parse(String.valueOf(label)));
            } catch (IllegalArgumentException e) {
                problems.add("market_data.bars.timeframes: " + e.getMessage());
            }
        }
        return new MarketDataConfig(capacity, policy, batch, timeframes,
                whole(bars, "close_delay_ms", 250, 0, problems, "market_data.bars.close_delay_ms"),
                whole(bars, "timer_ms", 100, 1, problems, "market_data.bars.timer_ms"),
                whole(object(section, "history", problems), "max_wait_ms", 2000, 0, problems,
                        "market_data.history.max_wait_ms"));
    }

    private static JsonObject object(JsonObject section, String key, List<String> problems) {
        Object value = section.getValue(key);
        if (value == null) {
            return new JsonObject();
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        problems.add("market_data." + key + " must be a mapping, got " + value);
        return new JsonObject();
    }

    private static long whole(JsonObject parent, String key, long fallback, long min, List<String> problems,
            String path) {
        Object value = parent.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.longValue() >= min) {
            return number.longValue();
        }
        problems.add(path + " must be a whole number of at least " + min + ", got " + value);
        return fallback;
    }
}
