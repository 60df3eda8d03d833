package io.dto.risk.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Simple returns of each symbol, bar close to bar close, keyed by the bar's timestamp so that two symbols' returns
 * line up period by period. Keeps the last {@code lookback} returns per symbol.
 */
final class ReturnSeries {

    private final int lookback;
    private final Map<String, LinkedHashMap<Instant, Double>> returns = new LinkedHashMap<>();
    private final Map<String, Double> lastClose = new LinkedHashMap<>();

    ReturnSeries(int lookback) {
        this.lookback = lookback;
    }

    void onClose(String symbol, Instant at, double close) {
        Double previous = lastClose.put(symbol, close);
        if (previous == null || previous <= 0) {
            return;
        }
        LinkedHashMap<Instant, Double> series = returns.computeIfAbsent(symbol, s -> new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Instant, Double> eldest) {
                return size() > lookback;
            }
        });
        series.put(at, close / previous - 1);
    }

    /** The last close seen, or NaN. */
    double lastClose(String symbol) {
        return lastClose.getOrDefault(symbol, Double.NaN);
    }

    /** The returns of the symbols over the periods all of them have, oldest first: one row per symbol. */
    double[][] aligned(List<String> symbols) {
        List<Instant> common = null;
        for (String symbol : symbols) {
            Map<Instant, Double> series = returns.getOrDefault(symbol, new LinkedHashMap<>());
            if (common == null) {
                common = new ArrayList<>(series.keySet());
            } else {
                common.retainAll(series.keySet());
            }
        }
        if (common == null) {
            return new double[0][0];
        }
        double[][] rows = new double[symbols.size()][common.size()];
        for (int s = 0; s < symbols.size(); s++) {
            Map<Instant, Double> series = returns.get(symbols.get(s));
            for (int t = 0; t < common.size(); t++) {
                rows[s][t] = series.get(common.get(t));
            }
        }
        return rows;
    }

    Collection<String> symbols() {
        return returns.keySet();
    }
}
