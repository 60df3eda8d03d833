package io.dto.testkit;

import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the gateway delivers to a plugin with a {@link DataSubscription}: only the symbols, kinds and bar timeframes
 * it subscribed to. Also makes the one-price updates of {@code feedPrices}.
 */
final class MarketDataDelivery {

    /** Trade size, displayed size and bar volume of the updates {@code feedPrices} makes. */
    static final long SIZE = 100;

    private MarketDataDelivery() {
    }

    /** Throws when the gateway would not deliver {@code data} to a plugin with this subscription. */
    static void requireSubscribed(String pluginId, DataSubscription subscription, MarketData data) {
        MarketDataKind kind = kindOf(data);
        boolean wanted = subscription.symbols().contains(data.symbol()) && subscription.kinds().contains(kind)
                && (!(data instanceof Bar bar) || subscription.barTimeframes().contains(bar.timeframe()));
        if (!wanted) {
            throw new IllegalArgumentException("plugin '" + pluginId + "' does not subscribe to "
                    + describe(data) + " (its subscription: " + describe(subscription) + "); the gateway would "
                    + "not deliver this update");
        }
    }

    /**
     * An update at one price, of the first kind the subscription has: a trade of {@link #SIZE} for TICKS, a bar
     * with open = high = low = close for BARS (the first timeframe), a quote with bid = ask for QUOTES.
     */
    static MarketData atPrice(String pluginId, DataSubscription subscription, String symbol, double price,
            Instant timestamp) {
        if (subscription.kinds().contains(MarketDataKind.TICKS)) {
            return new Tick(symbol, timestamp, price, SIZE, null);
        }
        if (subscription.kinds().contains(MarketDataKind.BARS)) {
            String timeframe = new TreeSet<>(subscription.barTimeframes()).first();
            return new Bar(symbol, timeframe, timestamp, price, price, price, price, SIZE);
        }
        if (subscription.kinds().contains(MarketDataKind.QUOTES)) {
            return new Quote(symbol, timestamp, price, SIZE, price, SIZE);
        }
        throw new IllegalStateException("plugin '" + pluginId + "' subscribes to no market data kind, so it "
                + "receives no prices");
    }

    /**
     * {@code feedPrices} of the strategy and indicator harnesses: one update per price for {@code symbol}, the first
     * at the clock's time, each later one after advancing the clock by {@code interval} (so timers fire in between,
     * as they would live); returns what {@code feed} produced, in order.
     */
    static <T> List<T> feedPrices(PluginHarness<?> harness, DataSubscription subscription, Duration interval,
            String symbol, double[] prices, Function<MarketData, List<T>> feed) {
        List<T> produced = new ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            if (i > 0) {
                harness.advance(interval);
            }
            produced.addAll(feed.apply(atPrice(harness.pluginId(), subscription, symbol, prices[i],
                    harness.clock().instant())));
        }
        return produced;
    }

    static Duration requireNonNegative(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the interval between prices must not be negative");
        }
        return interval;
    }

    private static MarketDataKind kindOf(MarketData data) {
        if (data instanceof Tick) {
            return MarketDataKind.TICKS;
        }
        return data instanceof Quote ? MarketDataKind.QUOTES : MarketDataKind.BARS;
    }

    private static String describe(MarketData data) {
        if (data instanceof Bar bar) {
            return bar.timeframe() + " bars of " + data.symbol();
        }
        return (data instanceof Tick ? "ticks" : "quotes") + " of " + data.symbol();
    }

    private static String describe(DataSubscription subscription) {
        String text = new TreeSet<>(subscription.kinds()) + " for " + new TreeSet<>(subscription.symbols());
        if (!subscription.barTimeframes().isEmpty()) {
            text += ", bar timeframes " + new TreeSet<>(subscription.barTimeframes());
        }
        return text;
    }
}
