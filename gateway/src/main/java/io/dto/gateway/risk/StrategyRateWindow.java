package io.dto.gateway.risk;

import java.util.HashMap;
import java.util.Map;

/**
 * Orders per second per strategy: a ring of the last {@code limit} acceptance times per strategy. The order is over
 * the limit when the oldest of those is less than a second old, which {@link #full} reads in constant time whatever
 * the limit. No allocation once a strategy has its ring.
 */
final class StrategyRateWindow {

    static final String MANUAL = "manual";
    private static final long WINDOW_MILLIS = 1000;

    private final int limit;
    private final Map<String, long[]> rings = new HashMap<>();
    private final Map<String, int[]> heads = new HashMap<>();

    StrategyRateWindow(long limit) {
        this.limit = (int) limit;
    }

    /** Whether the strategy's last {@code limit} acceptances all fall in the second before {@code nowMillis}. */
    boolean full(String strategyId, long nowMillis) {
        String key = key(strategyId);
        long[] ring = rings.get(key);
        if (ring == null) {
            return false;
        }
        long oldest = ring[heads.get(key)[0]];
        return oldest != 0 && nowMillis - oldest < WINDOW_MILLIS;
    }

    /** How many orders the strategy had accepted in the second before {@code nowMillis}: a scan of its ring. */
    int countInWindow(String strategyId, long nowMillis) {
        long[] ring = rings.get(key(strategyId));
        if (ring == null) {
            return 0;
        }
        int count = 0;
        for (long at : ring) {
            if (at != 0 && nowMillis - at < WINDOW_MILLIS) {
                count++;
            }
        }
        return count;
    }

    int limit() {
        return limit;
    }

    void record(String strategyId, long nowMillis) {
        String key = key(strategyId);
        long[] ring = rings.computeIfAbsent(key, k -> new long[limit]);
        int[] head = heads.computeIfAbsent(key, k -> new int[1]);
        ring[head[0]] = nowMillis;
        head[0] = (head[0] + 1) % limit;
    }

    static String key(String strategyId) {
        return strategyId == null ? MANUAL : strategyId;
    }
}
