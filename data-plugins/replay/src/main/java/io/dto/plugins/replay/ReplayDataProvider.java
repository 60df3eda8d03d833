package io.dto.plugins.replay;

import io.dto.api.Capabilities;
import io.dto.api.DataProviderPlugin;
import io.dto.api.MarketDataKind;
import io.dto.api.MarketDataSink;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.SinkStatus;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays recorded market data: CSV or JSONL files of bars, trades or quotes, mapped to our records through the
 * configured columns, merged in timestamp order, and offered to the sink at a speed factor (1 = the recorded pace,
 * 10 = ten times faster) or as fast as possible (speed 0, in batches that yield the event loop between them). At
 * the end it tells the sink the stream {@code finished}. Historical bars come from the loaded bars.
 *
 * <p>Threading: called on its own context; the files are read once, in {@code initialize}, through
 * {@code executeBlocking}; the replay is driven by one timer of the context at a time. On
 * {@link SinkStatus#PAUSE} it stops, and {@link #onResume()} continues where it stopped (the schedule shifts by
 * the pause, so a paused replay does not burst).
 */
public final class ReplayDataProvider implements DataProviderPlugin {

    static final String NAME = "replay";
    static final String VERSION = "1.0.0";

    private PluginContext context;
    private ReplayConfig config;
    private ReplayData data;
    private List<MarketData> streamed = List.of();
    private final Deque<MarketData> pending = new ArrayDeque<>();
    private MarketDataSink sink;
    private ReplaySchedule schedule;
    private int next;
    private long timerId = -1;
    private long pausedAt = -1;

    @Override
    public PluginInfo info() {
        Set<String> symbols = new LinkedHashSet<>();
        if (data != null) {
            data.updates().forEach(update -> symbols.add(update.symbol()));
        }
        return new PluginInfo(NAME, VERSION, PluginType.DATA_PROVIDER,
                "Replays CSV or JSONL ticks, quotes or bars at a speed factor",
                new Capabilities(symbols, Set.of("realtime", "historical", "tick"), Set.of(), Set.of(),
                        config == null ? 0 : config.rateLimit()));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = ReplayConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return context.executeBlocking(() -> new ReplayLoader(config).load()).compose(this::loaded);
    }

    private Future<Void> loaded(ReplayData loaded) {
        if (loaded.rejected() > 0) {
            context.metrics().increment("rows.rejected", loaded.rejected());
            context.logger().warn("skipped {} unreadable rows, first: {}", loaded.rejected(), loaded.firstProblems());
        }
        if (loaded.updates().isEmpty()) {
            return Future.failedFuture(new IllegalArgumentException("no readable rows in " + config.files()
                    + (loaded.firstProblems().isEmpty() ? "" : "; first problems: " + loaded.firstProblems())));
        }
        data = loaded;
        context.logger().info("loaded {} {} from {} ({} to {}), speed {}", loaded.updates().size(), config.kind(),
                config.files(), loaded.updates().get(0).timestamp(),
                loaded.updates().get(loaded.updates().size() - 1).timestamp(),
                config.speed() == 0 ? "as fast as possible" : config.speed() + "x");
        return Future.succeededFuture();
    }

    /** Replays the rows of the requested symbols (all when the set is empty), from the first. */
    @Override
    public Future<Void> startStreaming(Set<String> symbols, MarketDataSink sink) {
        if (this.sink != null) {
            return Future.failedFuture(new IllegalStateException("already replaying; call stopStreaming() first"));
        }
        streamed = symbols == null || symbols.isEmpty() ? data.updates()
                : data.updates().stream().filter(u -> symbols.contains(u.symbol())).toList();
        this.sink = sink;
        next = 0;
        pausedAt = -1;
        if (streamed.isEmpty()) {
            finish();
            return Future.succeededFuture();
        }
        schedule = new ReplaySchedule(config.speed() == 0 ? 1 : config.speed(), context.clock().millis(),
                streamed.get(0).timestamp());
        scheduleNext();
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> stopStreaming() {
        cancelTimer();
        pending.clear();
        sink = null;
        return Future.succeededFuture();
    }

    @Override
    public void onResume() {
        if (sink == null || pausedAt < 0) {
            return;
        }
        schedule.shift(context.clock().millis() - pausedAt);
        pausedAt = -1;
        if (flushPending()) {
            scheduleNext();
        } else {
            pause();
        }
    }

    @Override
    public Future<List<Bar>> historicalBars(String symbol, Instant from, Instant to, String timeframe) {
        if (!timeframe.equals(config.barTimeframe()) || config.kind() != MarketDataKind.BARS) {
            return Future.failedFuture(new IllegalArgumentException("the replay holds only " + config.kind()
                    + (config.kind() == MarketDataKind.BARS ? " of " + config.barTimeframe() : "")
                    + "; ask for timeframe " + config.barTimeframe()));
        }
        if (!from.isBefore(to)) {
            return Future.failedFuture(new IllegalArgumentException("from (" + from + ") must be before to (" + to
                    + ")"));
        }
        return Future.succeededFuture(data.updates().stream()
                .filter(u -> u instanceof Bar && u.symbol().equals(symbol))
                .filter(u -> !u.timestamp().isBefore(from) && u.timestamp().isBefore(to))
                .map(Bar.class::cast).toList());
    }

    @Override
    public Future<Void> cleanup() {
        return stopStreaming();
    }

    private void scheduleNext() {
        if (next >= streamed.size()) {
            finish();
            return;
        }
        long delay = config.speed() == 0 ? 1
                : Math.max(1, schedule.dueMillis(streamed.get(next).timestamp()) - context.clock().millis());
        timerId = context.setTimer(delay, id -> emitDue());
    }

    /** Offers every row due by now (at most a batch when as fast as possible), then schedules the next. */
    private void emitDue() {
        timerId = -1;
        long now = context.clock().millis();
        int budget = config.speed() == 0 ? config.batch() : Integer.MAX_VALUE;
        while (next < streamed.size() && budget-- > 0
                && (config.speed() == 0 || schedule.dueMillis(streamed.get(next).timestamp()) <= now)) {
            queue(streamed.get(next++));
            if (!flushPending()) {
                pause();
                return;
            }
        }
        scheduleNext();
    }

    private void queue(MarketData update) {
        pending.add(update);
        if (config.deriveQuotes() && update instanceof Bar bar) {
            double half = bar.close() * config.derivedSpreadBps() / 20_000.0;
            long size = Math.max(1, bar.volume());
            pending.add(new Quote(bar.symbol(), bar.timestamp(), bar.close() - half, size, bar.close() + half, size));
        }
    }

    /** Offers what is pending; false when the sink asked to pause. */
    private boolean flushPending() {
        while (!pending.isEmpty()) {
            context.metrics().increment("updates.offered");
            if (sink.offer(pending.poll()) == SinkStatus.PAUSE) {
                return false;
            }
        }
        return true;
    }

    private void pause() {
        cancelTimer();
        pausedAt = context.clock().millis();
        context.metrics().increment("stream.paused");
    }

    private void finish() {
        context.logger().info("replay finished: {} updates", streamed.size());
        sink.finished("replayed " + streamed.size() + " rows of " + config.files().size() + " file(s)");
    }

    private void cancelTimer() {
        if (timerId >= 0) {
            context.cancelTimer(timerId);
            timerId = -1;
        }
    }
}
