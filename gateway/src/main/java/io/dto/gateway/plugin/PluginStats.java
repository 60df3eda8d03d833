package io.dto.gateway.plugin;

import io.dto.gateway.marketdata.SubscriberBuffer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a plugin host counts about its plugin: events in and out, errors, time spent in plugin code; for a
 * subscriber its market-data buffer (depth, drops); for a data provider the garbage, reconnects and pauses of its
 * feed and the historical-bars requests its rate limit refused.
 */
public final class PluginStats {

    private final AtomicLong eventsIn = new AtomicLong();
    private final AtomicLong eventsOut = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong processingNanos = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicLong callStartedNanos = new AtomicLong();
    private final AtomicLong longestCallNanos = new AtomicLong();
    private final AtomicLong feedGarbage = new AtomicLong();
    private final AtomicLong feedReconnects = new AtomicLong();
    private final AtomicLong feedPauses = new AtomicLong();
    private final AtomicLong historyRefused = new AtomicLong();
    private volatile SubscriberBuffer<?> inbound;

    public void eventIn(long nanos) {
        eventsIn.incrementAndGet();
        processingNanos.addAndGet(nanos);
    }

    /** Plugin code starts running on its thread (a message, a timer). */
    void callStarted(long nanoTime) {
        callStartedNanos.set(nanoTime);
    }

    /** Plugin code returned after {@code nanos}. */
    void callEnded(long nanos) {
        callStartedNanos.set(0);
        longestCallNanos.accumulateAndGet(nanos, Math::max);
    }

    /** How long the call in progress has run at {@code nanoTime}, or 0 when plugin code is not running. */
    public long runningCallNanos(long nanoTime) {
        long started = callStartedNanos.get();
        return started == 0 ? 0 : nanoTime - started;
    }

    /** The longest call since the last time this was asked, and starts counting again. */
    public long takeLongestCallNanos() {
        return longestCallNanos.getAndSet(0);
    }

    public void eventsOut(int count) {
        eventsOut.addAndGet(count);
    }

    void error(String description) {
        errors.incrementAndGet();
        lastError.set(description);
    }

    public long eventsIn() {
        return eventsIn.get();
    }

    public long eventsOut() {
        return eventsOut.get();
    }

    public long errors() {
        return errors.get();
    }

    public long processingNanos() {
        return processingNanos.get();
    }

    public String lastError() {
        return lastError.get();
    }

    /**
     * Takes over what a plugin-host process reports of its plugin (events in, errors, the longest call since the
     * last report and the call running now); what the plugin sends is counted at the gateway instead.
     */
    public void mirror(JsonObject report, long nanoTime) {
        eventsIn.set(report.getLong("eventsIn", 0L));
        processingNanos.set(report.getLong("processingNanos", 0L));
        long errorCount = report.getLong("errors", 0L);
        if (errorCount > errors.get()) {
            errors.set(errorCount);
            lastError.set(report.getString("lastError"));
        }
        longestCallNanos.accumulateAndGet(report.getLong("longestCallNanos", 0L), Math::max);
        long running = report.getLong("runningCallNanos", 0L);
        callStartedNanos.set(running > 0 ? nanoTime - running : 0);
    }

    /** The report a plugin-host process sends the gateway: see {@link #mirror}. */
    public JsonObject report(long nanoTime) {
        return new JsonObject()
                .put("eventsIn", eventsIn())
                .put("processingNanos", processingNanos())
                .put("errors", errors())
                .put("lastError", lastError())
                .put("longestCallNanos", takeLongestCallNanos())
                .put("runningCallNanos", runningCallNanos(nanoTime));
    }

    void countFeedGarbage() {
        feedGarbage.incrementAndGet();
    }

    void countFeedReconnect() {
        feedReconnects.incrementAndGet();
    }

    void countFeedPause() {
        feedPauses.incrementAndGet();
    }

    void countHistoryRefused() {
        historyRefused.incrementAndGet();
    }

    void inbound(SubscriberBuffer<?> buffer) {
        inbound = buffer;
    }

    /** Market-data updates this subscriber's buffer dropped by its overflow policy (0 for non-subscribers). */
    public long marketDataDropped() {
        SubscriberBuffer<?> buffer = inbound;
        return buffer == null ? 0 : buffer.dropped();
    }

    /** Market-data updates waiting in this subscriber's buffer now. */
    public int marketDataBuffered() {
        SubscriberBuffer<?> buffer = inbound;
        return buffer == null ? 0 : buffer.size();
    }

    /** Messages a data provider's feed could not understand. */
    public long feedGarbage() {
        return feedGarbage.get();
    }

    public long feedReconnects() {
        return feedReconnects.get();
    }

    /** How often the provider's sink answered PAUSE because a subscriber was congested. */
    public long feedPauses() {
        return feedPauses.get();
    }

    /** Historical-bars requests refused by the provider's rate limit. */
    public long historyRefused() {
        return historyRefused.get();
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("eventsIn", eventsIn())
                .put("eventsOut", eventsOut())
                .put("errors", errors())
                .put("processingSeconds", processingNanos() / 1e9)
                .put("lastError", lastError())
                .put("marketData", marketDataJson());
    }

    private JsonObject marketDataJson() {
        SubscriberBuffer<?> buffer = inbound;
        JsonObject json = new JsonObject()
                .put("feedGarbage", feedGarbage())
                .put("feedReconnects", feedReconnects())
                .put("feedPauses", feedPauses())
                .put("historyRefused", historyRefused());
        if (buffer != null) {
            json.put("buffered", buffer.size()).put("capacity", buffer.capacity())
                    .put("policy", buffer.policy().configName()).put("dropped", buffer.dropped());
        }
        return json;
    }
}
