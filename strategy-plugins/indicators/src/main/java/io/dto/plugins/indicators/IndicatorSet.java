package io.dto.plugins.indicators;

import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One symbol's configured indicators. Each update goes to every indicator (O(1) each); once all are warmed up, an
 * update yields an {@link IndicatorValue} whose value and signal are the first indicator's and whose components
 * hold every output.
 */
final class IndicatorSet {

    private final String pluginId;
    private final String symbol;
    private final List<StreamingIndicator> indicators = new ArrayList<>();

    IndicatorSet(String pluginId, String symbol, List<IndicatorSpec> specs) {
        this.pluginId = pluginId;
        this.symbol = symbol;
        specs.forEach(spec -> indicators.add(spec.create()));
    }

    /** The updates before the first value: the longest warm-up of the set. */
    static int warmUp(List<IndicatorSpec> specs) {
        return specs.stream().mapToInt(spec -> spec.create().warmUp()).max().orElse(1);
    }

    IndicatorValue update(MarketData data) {
        double high = data.price();
        double low = data.price();
        if (data instanceof Bar bar) {
            high = bar.high();
            low = bar.low();
        }
        for (StreamingIndicator indicator : indicators) {
            indicator.update(high, low, data.price(), data.volume());
        }
        return value(data.price(), data.timestamp());
    }

    private IndicatorValue value(double close, Instant timestamp) {
        if (!indicators.stream().allMatch(StreamingIndicator::ready)) {
            return IndicatorValue.waiting(pluginId, symbol, timestamp);
        }
        Map<String, Double> components = new LinkedHashMap<>();
        for (StreamingIndicator indicator : indicators) {
            indicator.outputs(components);
        }
        components.values().removeIf(v -> !Double.isFinite(v));
        StreamingIndicator primary = indicators.get(0);
        double value = primary.value();
        if (!Double.isFinite(value)) {
            return new IndicatorValue(pluginId, symbol, timestamp, null, IndicatorSignal.ERROR, 0.0, components);
        }
        StreamingIndicator.Reading reading = primary.read(close);
        return new IndicatorValue(pluginId, symbol, timestamp, value, reading.signal(), reading.strength(),
                components);
    }
}
