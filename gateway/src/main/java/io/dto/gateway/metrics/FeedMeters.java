package io.dto.gateway.metrics;

import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.gateway.plugin.PluginStats;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per data feed (a data provider plugin): updates by kind and symbol, lag (arrival minus the update's own
 * timestamp), the age of the last update per symbol, garbage messages, reconnects and the pauses congested
 * subscribers asked of it (back-pressure; what subscribers dropped is per plugin). A feed has at most
 * {@link #MAX_SYMBOLS} symbol series; updates for further symbols count under {@code symbol="_other"}.
 */
public final class FeedMeters implements MeterBinder {

    static final int MAX_SYMBOLS = 50;
    static final String OTHER = "_other";
    static final String UPDATES = "gateway.feed.updates";
    static final String LAG = "gateway.feed.lag";
    static final String AGE = "gateway.feed.last.update.age";
    static final String GARBAGE = "gateway.feed.garbage";
    static final String RECONNECTS = "gateway.feed.reconnects";
    static final String PAUSES = "gateway.feed.pauses";

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final InstantSource wallClock;
    private MeterRegistry registry;

    /** @param wallClock the clock update timestamps are compared with */
    public FeedMeters(InstantSource wallClock) {
        this.wallClock = wallClock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers a feed's meters when its host starts, so they read zero rather than nothing until it streams.
     * Updates from feeds not started (or stopped already) are not measured.
     */
    void onFeedStarted(String feed, PluginStats stats) {
        feeds.computeIfAbsent(feed, name -> new Feed(name, stats));
    }

    void onFeedStopped(String feed) {
        if (feeds.remove(feed) != null) {
            for (String name : new String[] {UPDATES, LAG, AGE, GARBAGE, RECONNECTS, PAUSES}) {
                registry.find(name).tag("feed", feed).meters().forEach(registry::remove);
            }
        }
    }

    void onMarketData(String feed, MarketData data) {
        Feed meters = feeds.get(feed);
        if (meters == null) {
            return;
        }
        long lagMillis = wallClock.millis() - data.timestamp().toEpochMilli();
        meters.lag.record(Math.max(0, lagMillis), TimeUnit.MILLISECONDS);
        meters.symbol(data.symbol()).updated(kind(data));
    }

    void onGarbage(String feed) {
        Feed meters = feeds.get(feed);
        if (meters != null) {
            meters.garbage.increment();
        }
    }

    void onReconnecting(String feed) {
        Feed meters = feeds.get(feed);
        if (meters != null) {
            meters.reconnects.increment();
        }
    }

    /** Seconds since the feed's most recent update of any symbol, if it sent one. */
    public Optional<Duration> sinceLastUpdate(String feed) {
        Feed meters = feeds.get(feed);
        if (meters == null) {
            return Optional.empty();
        }
        long last = meters.symbols.values().stream().mapToLong(s -> s.lastMonotonicNanos.get()).max().orElse(0);
        return last == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(clock().monotonicTime() - last));
    }

    private Clock clock() {
        return registry.config().clock();
    }

    private static String kind(MarketData data) {
        if (data instanceof Quote) {
            return "quote";
        }
        return data instanceof Bar ? "bar" : "tick";
    }

    /** The meters of one feed. */
    private final class Feed {

        private final String name;
        private final Timer lag;
        private final Counter garbage;
        private final Counter reconnects;
        private final Map<String, Symbol> symbols = new ConcurrentHashMap<>();

        Feed(String name, PluginStats stats) {
            this.name = name;
            FunctionCounter.builder(PAUSES, stats, PluginStats::feedPauses).tag("feed", name)
                    .description("Times the feed was asked to pause because a subscriber's buffer was congested")
                    .register(registry);
            this.lag = Timer.builder(LAG).tag("feed", name)
                    .description("Arrival time of an update minus its own timestamp")
                    .serviceLevelObjectives(Buckets.LAG).register(registry);
            this.garbage = Counter.builder(GARBAGE).tag("feed", name)
                    .description("Messages from the source that the feed could not understand").register(registry);
            this.reconnects = Counter.builder(RECONNECTS).tag("feed", name)
                    .description("Times the feed re-established its connection to the source").register(registry);
        }

        Symbol symbol(String symbol) {
            Symbol known = symbols.get(symbol);
            if (known != null) {
                return known;
            }
            String tag = symbols.size() < MAX_SYMBOLS ? symbol : OTHER;
            return symbols.computeIfAbsent(tag, s -> new Symbol(name, s));
        }
    }

    /** The meters of one symbol of one feed. */
    private final class Symbol {

        private final String feed;
        private final String symbol;
        private final Map<String, Counter> updates = new ConcurrentHashMap<>();
        private final AtomicLong lastMonotonicNanos = new AtomicLong();

        Symbol(String feed, String symbol) {
            this.feed = feed;
            this.symbol = symbol;
            Gauge.builder(AGE, lastMonotonicNanos, last -> (clock().monotonicTime() - last.get()) / 1e9)
                    .tags("feed", feed, "symbol", symbol).baseUnit("seconds")
                    .description("Time since the feed's last update for the symbol").register(registry);
        }

        void updated(String kind) {
            lastMonotonicNanos.set(clock().monotonicTime());
            updates.computeIfAbsent(kind, k -> Counter.builder(UPDATES).tags("feed", feed, "symbol", symbol, "kind", k)
                    .description("Updates the feed published (ticks, quotes, bars)").register(registry)).increment();
        }
    }
}
