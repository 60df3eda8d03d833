package io.dto.plugins.synthetic;

import io.dto.api.Capabilities;
import io.dto.api.DataProviderPlugin;
import io.dto.api.MarketDataSink;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.SinkStatus;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Tick;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A market-data feed without a market: per symbol, a seeded geometric random walk that streams quotes (bid and ask on
 * the tick grid with sizes) and trades (at or inside the spread, with an aggressor side) at the configured rate, and
 * deterministic historical bars. The same seed gives the same sequence, so demos and tests are repeatable.
 *
 * <p>Threading: called on its own context; the stream is one periodic timer of that context. On
 * {@link SinkStatus#PAUSE} the timer stops until {@link #onResume()}.
 */
public final class SyntheticDataProvider implements DataProviderPlugin {

    static final String NAME = "synthetic";
    static final String VERSION = "1.0.0";

    private PluginContext context;
    private SyntheticConfig config;
    private HistoricalBars history;
    private final Map<String, PriceWalk> walks = new TreeMap<>();
    private Set<String> streamed = Set.of();
    private final Deque<MarketData> pending = new ArrayDeque<>();
    private MarketDataSink sink;
    private long timerId = -1;
    private boolean paused;

    @Override
    public PluginInfo info() {
        Set<String> symbols = config == null ? Set.of() : Set.copyOf(config.symbols());
        return new PluginInfo(NAME, VERSION, PluginType.DATA_PROVIDER,
                "Seeded random-walk quotes and trades, and deterministic historical bars",
                new Capabilities(symbols, Set.of("quotes", "ticks", "historical_bars"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = SyntheticConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        history = new HistoricalBars(config);
        context.logger().info("synthetic feed ready: symbols {}, {} updates/s per symbol, volatility {}, seed {}",
                config.symbols(), config.rate(), config.volatility(), config.seed());
        return Future.succeededFuture();
    }

    /**
     * Streams the requested symbols (the configured ones when the set is empty); a symbol without a configured start
     * price starts at {@code default_start_price}. A symbol's walk continues where it stopped if streamed again.
     */
    @Override
    public Future<Void> startStreaming(Set<String> symbols, MarketDataSink sink) {
        if (this.sink != null) {
            return Future.failedFuture(new IllegalStateException("already streaming " + streamed
                    + "; call stopStreaming() first"));
        }
        Set<String> wanted = symbols == null || symbols.isEmpty() ? Set.copyOf(config.symbols()) : Set.copyOf(symbols);
        if (wanted.stream().anyMatch(s -> s == null || s.isBlank())) {
            return Future.failedFuture(new IllegalArgumentException("symbols must not be blank: " + wanted));
        }
        WalkParameters step = WalkParameters.forStep(config, config.periodMillis() / Timeframe.TRADING_YEAR_MILLIS);
        for (String symbol : wanted) {
            walks.computeIfAbsent(symbol, s -> new PriceWalk(s, config.startPrice(s), step,
                    SeededRandom.keyed(config.seed(), s)));
        }
        this.streamed = new TreeSet<>(wanted);
        this.sink = sink;
        paused = false;
        schedule();
        context.logger().info("streaming {} every {} ms", streamed, config.periodMillis());
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> stopStreaming() {
        cancelTimer();
        pending.clear();
        sink = null;
        paused = false;
        streamed = Set.of();
        return Future.succeededFuture();
    }

    @Override
    public void onResume() {
        if (sink != null && paused) {
            paused = false;
            if (flushPending()) {
                schedule();
            } else {
                pause();
            }
        }
    }

    @Override
    public Future<List<Bar>> historicalBars(String symbol, Instant from, Instant to, String timeframe) {
        try {
            return Future.succeededFuture(history.generate(symbol, from, to, timeframe));
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<Void> cleanup() {
        return stopStreaming();
    }

    /** The walk's current mid for a symbol, for tests and diagnostics; NaN before it streamed. */
    double mid(String symbol) {
        PriceWalk walk = walks.get(symbol);
        return walk == null ? Double.NaN : walk.mid();
    }

    private void schedule() {
        timerId = context.setPeriodic(config.periodMillis(), id -> emitRound());
    }

    private void cancelTimer() {
        if (timerId >= 0) {
            context.cancelTimer(timerId);
            timerId = -1;
        }
    }

    /**
     * One step per streamed symbol, in symbol order. At a PAUSE the rest of that step (a trade after its quote) is
     * kept for {@link #onResume()} and the symbols after it skip this round, so no symbol's sequence has a gap.
     */
    private void emitRound() {
        Instant now = context.clock().instant();
        for (String symbol : streamed) {
            pending.addAll(walks.get(symbol).step(now));
            if (!flushPending()) {
                pause();
                return;
            }
        }
    }

    /** Offers what is pending; false when the sink asked to pause. */
    private boolean flushPending() {
        while (!pending.isEmpty()) {
            MarketData update = pending.poll();
            context.metrics().increment(update instanceof Tick ? "ticks.offered" : "quotes.offered");
            if (sink.offer(update) == SinkStatus.PAUSE) {
                return false;
            }
        }
        return true;
    }

    private void pause() {
        cancelTimer();
        paused = true;
        context.metrics().increment("stream.paused");
        context.logger().debug("sink asked to pause; waiting for onResume");
    }
}
