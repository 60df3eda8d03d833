package io.dto.api;

import io.dto.api.message.Bar;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A source of market data: a real-time stream of quotes, trades and bars (the guide's {@code get_realtime_data} and
 * {@code get_tick_data}) and historical bars (the guide's {@code get_historical_data}).
 *
 * <p>The gateway publishes what the provider offers to its sink on {@code md.tick.<SYMBOL>},
 * {@code md.quote.<SYMBOL>} and {@code md.bar.<SYMBOL>.<TF>}, and enforces the provider's declared request rate
 * ({@link Capabilities#rateLimitPerMinute()}) on {@link #historicalBars}.
 */
public interface DataProviderPlugin extends Plugin {

    /** Starts streaming the given symbols into the sink; the future completes when the stream is live. */
    Future<Void> startStreaming(Set<String> symbols, MarketDataSink sink);

    /** Stops the stream; nothing is offered to the sink after the future completes. */
    Future<Void> stopStreaming();

    /**
     * Bars for a symbol over {@code [from, to)} at a frequency ({@code 1m}, {@code 1h}, {@code 1d}), oldest first.
     */
    Future<List<Bar>> historicalBars(String symbol, Instant from, Instant to, String timeframe);

    /** The sink drained after a {@link SinkStatus#PAUSE}: streaming may go on. */
    default void onResume() {
    }
}
