package io.dto.gateway.plugin;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What a plugin host counts about its plugin: events in and out, errors, time spent in plugin code. */
public final class PluginStats {

    private final AtomicLong eventsIn = new AtomicLong();
    private final AtomicLong eventsOut = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong processingNanos = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    void eventIn(long nanos) {
        eventsIn.incrementAndGet();
        processingNanos.addAndGet(nanos);
    }

    void eventsOut(int count) {
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

    public JsonObject toJson() {
        return new JsonObject()
                .put("eventsIn", eventsIn())
                .put("eventsOut", eventsOut())
                .put("errors", errors())
                .put("processingSeconds", processingNanos() / 1e9)
                .put("lastError", lastError());
    }
}
