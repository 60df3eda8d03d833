package io.dto.testkit;

import io.dto.api.DataSubscription;
import io.dto.api.IndicatorPlugin;
import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * Runs an {@link IndicatorPlugin} as the gateway's indicator host does: subscribed market data in, one
 * {@link IndicatorValue} per update out (the gateway publishes each on {@code indicator.<plugin>.<SYMBOL>}).
 *
 * <p>Threading: every plugin call happens on the calling thread, one at a time, as on the plugin's event loop.
 */
public final class IndicatorHarness<P extends IndicatorPlugin> extends TypedHarness<P> {

    private final DataSubscription subscription;
    private final List<IndicatorValue> values = new ArrayList<>();
    private Duration priceInterval = Duration.ofSeconds(1);

    private IndicatorHarness(PluginHarness<P> harness) {
        super(harness);
        this.subscription = Objects.requireNonNull(harness.plugin().subscriptions(),
                "subscriptions() returned null");
    }

    /** Builds a harness with the manifest beside the plugin's class and this configuration, then initializes it. */
    public static <P extends IndicatorPlugin> IndicatorHarness<P> start(P plugin, JsonObject config) {
        return start(PluginHarness.builder(plugin).config(config).build());
    }

    /** Initializes the harness's plugin unless the test already did. */
    public static <P extends IndicatorPlugin> IndicatorHarness<P> start(PluginHarness<P> harness) {
        return new IndicatorHarness<>(initialized(harness));
    }

    public DataSubscription subscription() {
        return subscription;
    }

    /**
     * Delivers updates in order; returns one value per update.
     *
     * @throws IllegalArgumentException for an update outside the subscription
     */
    public List<IndicatorValue> feed(MarketData... updates) {
        List<IndicatorValue> produced = new ArrayList<>();
        for (MarketData update : updates) {
            MarketDataDelivery.requireSubscribed(harness.pluginId(), subscription, update);
            IndicatorValue value = harness.plugin().calculate(update);
            if (value == null) {
                throw new AssertionFailedError("calculate of plugin '" + harness.pluginId() + "' returned null; "
                        + "return IndicatorValue.waiting(...) until there is enough data");
            }
            values.add(value);
            produced.add(value);
        }
        return produced;
    }

    /**
     * One update per price, as {@link StrategyHarness#feedPrices}: the first at the clock's time, each later one
     * after advancing the clock by {@link #priceInterval}.
     */
    public List<IndicatorValue> feedPrices(String symbol, double... prices) {
        return MarketDataDelivery.feedPrices(harness, subscription, priceInterval, symbol, prices, this::feed);
    }

    public IndicatorHarness<P> priceInterval(Duration interval) {
        priceInterval = MarketDataDelivery.requireNonNegative(interval);
        return this;
    }

    /** The plugin's {@code calculateBatch}; these values are not added to {@link #values()}. */
    public List<IndicatorValue> calculateBatch(List<Bar> bars) {
        return harness.plugin().calculateBatch(bars);
    }

    public int requiredDataLength() {
        return harness.plugin().requiredDataLength();
    }

    /** Every value produced by {@link #feed} so far, in order. */
    public List<IndicatorValue> values() {
        return List.copyOf(values);
    }

    public List<IndicatorValue> values(String symbol) {
        return values.stream().filter(v -> v.symbol().equals(symbol)).toList();
    }

    /** The last value produced for a symbol. */
    public Optional<IndicatorValue> latest(String symbol) {
        List<IndicatorValue> forSymbol = values(symbol);
        return forSymbol.isEmpty() ? Optional.empty() : Optional.of(forSymbol.get(forSymbol.size() - 1));
    }

}
