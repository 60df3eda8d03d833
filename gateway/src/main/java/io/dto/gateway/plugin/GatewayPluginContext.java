package io.dto.gateway.plugin;

import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginBus;
import io.dto.api.PluginContext;
import io.dto.api.PluginMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link PluginContext} the gateway hands a plugin: bound to the plugin host's Vert.x context. */
final class GatewayPluginContext implements PluginContext {

    private final ValidatedPlugin plugin;
    private final Vertx vertx;
    private final Context context;
    private final InstantSource clock;
    private final Logger logger;
    private final PluginMetrics metrics;
    private final ScopedPluginBus bus;
    private final Set<Long> timers = ConcurrentHashMap.newKeySet();
    private final PluginStats stats;

    GatewayPluginContext(ValidatedPlugin plugin, Vertx vertx, Context context, InstantSource clock,
            MeterRegistry registry, PluginStats stats, BusSubscriptions subscriptions) {
        this.plugin = plugin;
        this.vertx = vertx;
        this.context = context;
        this.clock = clock;
        this.stats = stats;
        this.logger = LoggerFactory.getLogger("plugin." + plugin.id());
        this.metrics = new MicrometerPluginMetrics(registry, plugin.id());
        this.bus = new ScopedPluginBus(plugin.id(), plugin.permissions(), vertx.eventBus(), stats, subscriptions);
    }

    @Override
    public String pluginId() {
        return plugin.id();
    }

    @Override
    public JsonObject config() {
        return plugin.config().copy();
    }

    @Override
    public Set<Permission> permissions() {
        return plugin.permissions();
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public InstantSource clock() {
        return clock;
    }

    @Override
    public void runOnContext(Handler<Void> handler) {
        context.runOnContext(handler);
    }

    @Override
    public long setTimer(long delayMillis, Handler<Long> handler) {
        long[] id = new long[1];
        id[0] = vertx.setTimer(delayMillis, fired -> {
            timers.remove(id[0]);
            timed(handler, fired);
        });
        timers.add(id[0]);
        return id[0];
    }

    @Override
    public long setPeriodic(long periodMillis, Handler<Long> handler) {
        long id = vertx.setPeriodic(periodMillis, fired -> timed(handler, fired));
        timers.add(id);
        return id;
    }

    @Override
    public boolean cancelTimer(long timerId) {
        timers.remove(timerId);
        return vertx.cancelTimer(timerId);
    }

    /** Runs a plugin's timer handler, timed like a message so a plugin that blocks in a timer is seen too. */
    private void timed(Handler<Long> handler, long timerId) {
        long start = System.nanoTime();
        stats.callStarted(start);
        try {
            handler.handle(timerId);
        } finally {
            stats.callEnded(System.nanoTime() - start);
        }
    }

    /**
     * Cancels the timers and unregisters the consumers the plugin left behind, so an unloaded plugin runs no
     * more code, whatever its {@code cleanup} forgot.
     */
    Future<Void> release() {
        timers.forEach(vertx::cancelTimer);
        timers.clear();
        return bus.release();
    }

    @Override
    public <T> Future<T> executeBlocking(Callable<T> work) {
        return context.executeBlocking(work, false);
    }

    @Override
    public PluginMetrics metrics() {
        return metrics;
    }

    @Override
    public PluginBus bus() {
        return bus;
    }

    @Override
    public Vertx vertx() {
        if (!plugin.permissions().contains(Permission.ACCESS_EXTERNAL_APIS)) {
            throw new PermissionDeniedException(plugin.id(), Permission.ACCESS_EXTERNAL_APIS,
                    "use the Vert.x instance (network clients)");
        }
        return vertx;
    }
}
