package io.dto.api;

import io.dto.api.message.MarketData;

/**
 * Where a data provider pushes its stream. Back-pressure is a return value: {@link SinkStatus#PAUSE} asks the
 * provider to stop until the gateway calls {@link DataProviderPlugin#onResume()}.
 */
public interface MarketDataSink {

    SinkStatus offer(MarketData data);

    /** The feed sent something that could not be understood; counted and logged, never thrown. */
    void garbage(String reason, String sample);

    /** The connection to the source dropped and is being re-established. */
    void reconnecting(String reason);

    /**
     * The stream ended by itself (a replay reached the end of its files); the gateway publishes the provider's id
     * on {@link Addresses#MARKET_DATA_END}. A live feed never calls it.
     */
    default void finished(String reason) {
    }
}
