package io.dto.testkit;

import io.dto.api.MarketDataSink;
import io.dto.api.SinkStatus;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Tick;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink a data provider streams into in the testkit. It keeps everything offered and answers
 * {@link SinkStatus#ACCEPTED} unless told otherwise: {@link #pauseAfter} imitates the gateway's buffer filling up,
 * and offers made while paused are counted ({@link #offeredWhilePaused()}) because a provider should stop until
 * {@code onResume()}.
 *
 * <p>Threading: safe to call from any thread (a provider using {@code vertx()} may offer from a Vert.x thread).
 */
public final class CollectingMarketDataSink implements MarketDataSink {

    /** Something the provider could not parse. */
    public record Garbage(String reason, String sample) {
    }

    private final List<MarketData> received = new ArrayList<>();
    private final List<Garbage> garbage = new ArrayList<>();
    private final List<String> reconnects = new ArrayList<>();
    private final List<String> finished = new ArrayList<>();
    private long pauseAt = Long.MAX_VALUE;
    private boolean paused;
    private int offeredWhilePaused;
    private SinkStatus answer = SinkStatus.ACCEPTED;

    @Override
    public synchronized SinkStatus offer(MarketData data) {
        if (paused) {
            offeredWhilePaused++;
            return SinkStatus.DROPPED;
        }
        received.add(data);
        if (received.size() >= pauseAt) {
            paused = true;
            return SinkStatus.PAUSE;
        }
        return answer;
    }

    @Override
    public synchronized void garbage(String reason, String sample) {
        garbage.add(new Garbage(reason, sample));
    }

    @Override
    public synchronized void reconnecting(String reason) {
        reconnects.add(reason);
    }

    @Override
    public synchronized void finished(String reason) {
        finished.add(reason);
    }

    /**
     * Answers {@link SinkStatus#PAUSE} to the offer that brings the total received to {@code totalReceived}, then
     * drops (and counts) every offer until {@link #resume()}.
     */
    public synchronized CollectingMarketDataSink pauseAfter(long totalReceived) {
        pauseAt = totalReceived;
        if (received.size() >= pauseAt) {
            paused = true;
        }
        return this;
    }

    /** Answers this status to every accepted offer (for example {@link SinkStatus#DROPPED} to imitate a slow bus). */
    public synchronized CollectingMarketDataSink answer(SinkStatus status) {
        answer = status;
        return this;
    }

    /** Accepts again; the caller tells the provider with {@code onResume()} ({@link DataProviderHarness#resume()}). */
    public synchronized void resume() {
        paused = false;
        pauseAt = Long.MAX_VALUE;
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** How many offers arrived after a PAUSE, before the resume. A well-behaved provider makes none. */
    public synchronized int offeredWhilePaused() {
        return offeredWhilePaused;
    }

    /** Everything received, in order. */
    public synchronized List<MarketData> received() {
        return List.copyOf(received);
    }

    public synchronized List<MarketData> received(String symbol) {
        return received.stream().filter(d -> d.symbol().equals(symbol)).toList();
    }

    public synchronized List<Tick> ticks() {
        return received.stream().filter(Tick.class::isInstance).map(Tick.class::cast).toList();
    }

    public synchronized List<Quote> quotes() {
        return received.stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
    }

    public synchronized List<Bar> bars() {
        return received.stream().filter(Bar.class::isInstance).map(Bar.class::cast).toList();
    }

    public synchronized List<Garbage> garbage() {
        return List.copyOf(garbage);
    }

    public synchronized List<String> reconnects() {
        return List.copyOf(reconnects);
    }

    /** The reasons the provider gave when its stream ended by itself (a replay at the end of its files). */
    public synchronized List<String> finished() {
        return List.copyOf(finished);
    }
}
