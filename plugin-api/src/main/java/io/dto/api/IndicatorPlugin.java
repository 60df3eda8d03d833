package io.dto.api;

import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import java.util.List;

/**
 * A technical indicator. The gateway feeds it the data of {@link #subscriptions()} and publishes each value on
 * {@code indicator.<plugin>.<SYMBOL>}, so any strategy can consume it.
 */
public interface IndicatorPlugin extends Plugin {

    DataSubscription subscriptions();

    /** The guide's {@code calculate}: one streaming update. Must not recompute the whole window. */
    IndicatorValue calculate(MarketData data);

    /** The guide's {@code calculate_batch}: values for a history of bars, one per bar once warmed up. */
    List<IndicatorValue> calculateBatch(List<Bar> bars);

    /** The guide's {@code get_required_data_length}: how many updates before the first value. */
    int requiredDataLength();
}
