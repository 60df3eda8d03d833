package io.dto.testkit;

import io.dto.api.DataSubscription;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Position;
import io.dto.api.message.Side;
import io.dto.api.message.Signal;
import io.dto.api.message.TimeInForce;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a {@link StrategyPlugin} as the gateway's strategy host does: it reads {@code subscriptions()} once after
 * initialization, delivers only the market data and indicator values subscribed to, and collects the signals the
 * strategy returns (the gateway publishes them on {@code signal.<plugin>}).
 *
 * <pre>{@code
 * try (StrategyHarness<MaCrossover> strategy = StrategyHarness.start(new MaCrossover(), config)) {
 *     List<Signal> signals = strategy.feedPrices("AAPL", 100, 101, 102);
 * }
 * }</pre>
 *
 * <p>Threading: every plugin call happens on the calling thread, one at a time, as on the plugin's event loop.
 */
public final class StrategyHarness<P extends StrategyPlugin> extends TypedHarness<P> {

    private final DataSubscription subscription;
    private final List<Signal> signals = new ArrayList<>();
    private Duration priceInterval = Duration.ofSeconds(1);
    private long nextOrder = 1;

    private StrategyHarness(PluginHarness<P> harness) {
        super(harness);
        this.subscription = Objects.requireNonNull(harness.plugin().subscriptions(),
                "subscriptions() returned null");
    }

    /** Builds a harness with the manifest beside the plugin's class and this configuration, then initializes it. */
    public static <P extends StrategyPlugin> StrategyHarness<P> start(P plugin, JsonObject config) {
        return start(PluginHarness.builder(plugin).config(config).build());
    }

    /** Initializes the harness's plugin unless the test already did, then wires it like the gateway. */
    public static <P extends StrategyPlugin> StrategyHarness<P> start(PluginHarness<P> harness) {
        return new StrategyHarness<>(initialized(harness));
    }

    /** The subscription read at start, which decides what {@link #feed} may deliver. */
    public DataSubscription subscription() {
        return subscription;
    }

    /**
     * Delivers updates in order and returns the signals they produced.
     *
     * @throws IllegalArgumentException for an update outside the subscription (the gateway would not deliver it)
     */
    public List<Signal> feed(MarketData... updates) {
        return feed(List.of(updates));
    }

    public List<Signal> feed(List<? extends MarketData> updates) {
        List<Signal> produced = new ArrayList<>();
        for (MarketData update : updates) {
            MarketDataDelivery.requireSubscribed(harness.pluginId(), subscription, update);
            produced.addAll(collect(harness.plugin().onMarketData(update), "onMarketData"));
        }
        return produced;
    }

    /**
     * Delivers one update per price for {@code symbol} (a tick, bar or quote, whichever the strategy subscribes to;
     * see {@link #priceInterval}): the first at the clock's current time, each later one after advancing the clock
     * by the interval (so timers fire in between, as they would live).
     *
     * @return the signals produced, in order
     */
    public List<Signal> feedPrices(String symbol, double... prices) {
        return MarketDataDelivery.feedPrices(harness, subscription, priceInterval, symbol, prices, this::feed);
    }

    /** The clock time between the updates of {@link #feedPrices}; one second unless set. */
    public StrategyHarness<P> priceInterval(Duration interval) {
        priceInterval = MarketDataDelivery.requireNonNegative(interval);
        return this;
    }

    /** Delivers an indicator value; the strategy must subscribe to the indicator and the symbol. */
    public List<Signal> feedIndicator(IndicatorValue value) {
        if (!subscription.indicators().contains(value.indicator())
                || !subscription.symbols().contains(value.symbol())) {
            throw new IllegalArgumentException("plugin '" + harness.pluginId() + "' does not subscribe to indicator '"
                    + value.indicator() + "' for " + value.symbol() + " (indicators " + subscription.indicators()
                    + ", symbols " + subscription.symbols() + ")");
        }
        return collect(harness.plugin().onIndicator(value), "onIndicator");
    }

    /** Delivers the state of one of the strategy's orders, as the gateway does from {@code order.events}. */
    public void deliverOrderEvent(OrderEvent event) {
        harness.plugin().onOrderEvent(event);
    }

    /**
     * Reports one complete fill of a new market order of this strategy (order ids {@code TK-1}, {@code TK-2}, ...,
     * account {@code default}, broker {@code testkit}) and returns the event delivered.
     */
    public OrderEvent fill(String symbol, Side side, long quantity, double price) {
        BigDecimal qty = BigDecimal.valueOf(quantity);
        BigDecimal px = BigDecimal.valueOf(price);
        OrderEvent event = new OrderEvent("TK-" + nextOrder++, null, harness.pluginId(), "testkit", "default",
                symbol, side, OrderType.MARKET, TimeInForce.DAY, qty, null, null, OrderStatus.FILLED, qty, px, qty, px,
                null, harness.clock().instant());
        deliverOrderEvent(event);
        return event;
    }

    /** Every signal produced so far, in order. */
    public List<Signal> signals() {
        return List.copyOf(signals);
    }

    /** The signals produced so far for one symbol, in order. */
    public List<Signal> signals(String symbol) {
        return signals.stream().filter(s -> s.symbol().equals(symbol)).toList();
    }

    /** The strategy's {@code positions()}. */
    public List<Position> positions() {
        return harness.plugin().positions();
    }


    private List<Signal> collect(List<Signal> produced, String call) {
        if (produced == null) {
            throw new AssertionFailedError(call + " of plugin '" + harness.pluginId() + "' returned null; return "
                    + "List.of() when there is no signal");
        }
        signals.addAll(produced);
        return List.copyOf(produced);
    }
}
