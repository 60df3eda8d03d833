package io.dto.testkit;

import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginContext;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;

/**
 * The {@link PluginContext} of the testkit: timers on the fake clock, blocking work run inline, recording bus and
 * metrics, and permission checks from the manifest. {@link #vertx()} creates a real Vert.x instance on first use
 * (for plugins that reach external APIs); the harness closes it.
 */
final class HarnessContext implements PluginContext {

    private final String pluginId;
    private final JsonObject config;
    private final Set<Permission> permissions;
    private final RecordingLogger logger;
    private final FakeClock clock;
    private final RecordingMetrics metrics;
    private final RecordingBus bus;
    private Vertx vertx;

    HarnessContext(String pluginId, JsonObject config, Set<Permission> permissions, FakeClock clock) {
        this.pluginId = pluginId;
        this.config = config;
        this.permissions = Set.copyOf(permissions);
        this.logger = new RecordingLogger(pluginId);
        this.clock = clock;
        this.metrics = new RecordingMetrics();
        this.bus = new RecordingBus(pluginId, this.permissions);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public JsonObject config() {
        return config.copy();
    }

    @Override
    public Set<Permission> permissions() {
        return permissions;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    RecordingLogger recordingLogger() {
        return logger;
    }

    @Override
    public InstantSource clock() {
        return clock;
    }

    /**
     * Runs the handler at once on the calling thread. The gateway's context hands work from a foreign thread (a FIX
     * engine's) to the plugin's event loop; in the testkit the test's thread is that event loop, and a foreign
     * thread's handler runs on the foreign thread.
     */
    @Override
    public void runOnContext(Handler<Void> handler) {
        handler.handle(null);
    }

    @Override
    public long setTimer(long delayMillis, Handler<Long> handler) {
        return clock.setTimer(delayMillis, handler);
    }

    @Override
    public long setPeriodic(long periodMillis, Handler<Long> handler) {
        return clock.setPeriodic(periodMillis, handler);
    }

    @Override
    public boolean cancelTimer(long timerId) {
        return clock.cancelTimer(timerId);
    }

    @Override
    public <T> Future<T> executeBlocking(Callable<T> work) {
        try {
            return Future.succeededFuture(work.call());
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public RecordingMetrics metrics() {
        return metrics;
    }

    @Override
    public RecordingBus bus() {
        return bus;
    }

    @Override
    public synchronized Vertx vertx() {
        if (!permissions.contains(Permission.ACCESS_EXTERNAL_APIS)) {
            throw new PermissionDeniedException(pluginId, Permission.ACCESS_EXTERNAL_APIS, "use vertx()");
        }
        if (vertx == null) {
            vertx = Vertx.vertx();
        }
        return vertx;
    }

    synchronized boolean vertxInUse() {
        return vertx != null;
    }

    synchronized Future<Void> closeVertx() {
        Vertx created = vertx;
        vertx = null;
        return created == null ? Future.succeededFuture() : created.close();
    }
}
