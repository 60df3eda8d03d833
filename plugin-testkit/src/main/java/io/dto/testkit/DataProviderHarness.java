package io.dto.testkit;

import io.dto.api.DataProviderPlugin;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link DataProviderPlugin} as the gateway's feed host does: {@code startStreaming(symbols, sink)} with a
 * {@link CollectingMarketDataSink}, then the test advances the fake clock and reads what was offered. On a
 * {@link io.dto.api.SinkStatus#PAUSE} the gateway calls {@code onResume()} once its buffer drains: here the test does
 * that with {@link #resume()}.
 *
 * <pre>{@code
 * try (DataProviderHarness<Synthetic> feed = DataProviderHarness.start(new Synthetic(), config)) {
 *     feed.startStreaming("AAPL");
 *     feed.advance(Duration.ofSeconds(5));
 *     assertThat(feed.sink().quotes()).hasSize(20);
 * }
 * }</pre>
 *
 * <p>Threading: plugin calls and timer handlers run on the calling thread, as on the plugin's event loop.
 */
public final class DataProviderHarness<P extends DataProviderPlugin> extends TypedHarness<P> {

    private final CollectingMarketDataSink sink = new CollectingMarketDataSink();
    private boolean streaming;

    private DataProviderHarness(PluginHarness<P> harness) {
        super(harness);
    }

    /** Builds a harness with the manifest beside the plugin's class and this configuration, then initializes it. */
    public static <P extends DataProviderPlugin> DataProviderHarness<P> start(P plugin, JsonObject config) {
        return start(PluginHarness.builder(plugin).config(config).build());
    }

    /** Initializes the harness's plugin unless the test already did. */
    public static <P extends DataProviderPlugin> DataProviderHarness<P> start(PluginHarness<P> harness) {
        return new DataProviderHarness<>(initialized(harness));
    }

    public CollectingMarketDataSink sink() {
        return sink;
    }

    /** Calls {@code startStreaming} with these symbols and the collecting sink, and waits for it to succeed. */
    public DataProviderHarness<P> startStreaming(String... symbols) {
        return startStreaming(new LinkedHashSet<>(List.of(symbols)));
    }

    public DataProviderHarness<P> startStreaming(Set<String> symbols) {
        harness.await(harness.plugin().startStreaming(Set.copyOf(symbols), sink), "startStreaming");
        streaming = true;
        return this;
    }

    /** The completed future of {@code startStreaming}, for a test that expects it to fail. */
    public Future<Void> tryStartStreaming(Set<String> symbols) {
        Future<Void> outcome = harness.completed(harness.plugin().startStreaming(Set.copyOf(symbols), sink),
                "startStreaming");
        streaming = outcome.succeeded();
        return outcome;
    }

    public void stopStreaming() {
        streaming = false;
        harness.await(harness.plugin().stopStreaming(), "stopStreaming");
    }

    /** Moves the fake clock forward, firing the provider's timers; returns how many fired. */
    public int advance(Duration duration) {
        return harness.advance(duration);
    }

    /** Everything offered so far, in order. */
    public List<MarketData> received() {
        return sink.received();
    }

    /** Lets the sink accept again and calls the provider's {@code onResume()}, as the gateway does. */
    public void resume() {
        sink.resume();
        harness.plugin().onResume();
    }

    /**
     * The provider's {@code historicalBars}; a failure is thrown as {@link PluginCallFailedException} with the
     * provider's message.
     */
    public List<Bar> historicalBars(String symbol, Instant from, Instant to, String timeframe) {
        return harness.await(harness.plugin().historicalBars(symbol, from, to, timeframe), "historicalBars");
    }

    /** Stops streaming if it is on, cleans the plugin up and releases the harness. */
    @Override
    public void close() {
        try {
            if (streaming) {
                stopStreaming();
            }
        } finally {
            harness.close();
        }
    }
}
