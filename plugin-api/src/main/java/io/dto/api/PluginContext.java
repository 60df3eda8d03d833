package io.dto.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;

/**
 * Everything the gateway hands a plugin: its validated configuration, a logger, a clock, timers, metrics and an
 * event bus scoped by its permissions. A plugin reaches nothing else of the gateway.
 */
public interface PluginContext {

    /** The plugin's id (its manifest name), used in addresses, metrics and logs. */
    String pluginId();

    /** The configuration after validation against the manifest's parameters, with defaults filled in. */
    JsonObject config();

    /** The permissions the manifest asked for and the gateway granted. */
    Set<Permission> permissions();

    Logger logger();

    /** The clock to read time from; a fake one in the testkit, so time-based logic is testable. */
    InstantSource clock();

    /**
     * Runs the handler on this plugin's context. The one method (with {@link PluginBus#publish} and
     * {@link PluginBus#send}) that may be called from a thread of the plugin's own, such as a FIX engine's
     * callback thread: hand such work over here instead of touching plugin state from the foreign thread.
     */
    void runOnContext(Handler<Void> handler);

    /** Timers fire on the plugin's context; call these from the plugin's context. */
    long setTimer(long delayMillis, Handler<Long> handler);

    long setPeriodic(long periodMillis, Handler<Long> handler);

    boolean cancelTimer(long timerId);

    /** Runs blocking work (files, JDBC, a synchronous client) off the event loop; completes on this context. */
    <T> Future<T> executeBlocking(Callable<T> work);

    PluginMetrics metrics();

    PluginBus bus();

    /**
     * The Vert.x instance, for clients that talk to the outside world (HTTP, WebSocket, TCP).
     *
     * @throws PermissionDeniedException unless the manifest grants {@code access_external_apis}
     */
    io.vertx.core.Vertx vertx();
}
