package io.dto.plugins.fix;

import io.dto.api.Permission;
import io.dto.api.PluginBus;
import io.dto.api.PluginContext;
import io.dto.api.PluginMetrics;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.InstantSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The context the gateway would give the plugin, over a real Vert.x event-loop context, with recorded metrics. */
final class TestPluginContext implements PluginContext {

    private final Vertx vertx;
    private final Context context;
    private final JsonObject config;
    private final InstantSource clock;
    private final Map<String, DoubleAdder> counters = new ConcurrentHashMap<>();

    TestPluginContext(Vertx vertx, Context context, JsonObject config, InstantSource clock) {
        this.vertx = vertx;
        this.context = context;
        this.config = config;
        this.clock = clock;
    }

    /** What a counter (or timer, counting recordings) of the plugin says; a tagged one as {@code name{tag=value}}. */
    double counter(String name) {
        DoubleAdder adder = counters.get(name);
        return adder == null ? 0 : adder.sum();
    }

    Context vertxContext() {
        return context;
    }

    @Override
    public String pluginId() {
        return "fix";
    }

    @Override
    public JsonObject config() {
        return config.copy();
    }

    @Override
    public Set<Permission> permissions() {
        return Set.of(Permission.ACCESS_EXTERNAL_APIS);
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin.fix");
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
        return vertx.setTimer(delayMillis, handler);
    }

    @Override
    public long setPeriodic(long periodMillis, Handler<Long> handler) {
        return vertx.setPeriodic(periodMillis, handler);
    }

    @Override
    public boolean cancelTimer(long timerId) {
        return vertx.cancelTimer(timerId);
    }

    @Override
    public <T> Future<T> executeBlocking(Callable<T> work) {
        return context.executeBlocking(work, false);
    }

    @Override
    public PluginMetrics metrics() {
        return new PluginMetrics() {
            @Override
            public void increment(String name, double amount) {
                counters.computeIfAbsent(name, n -> new DoubleAdder()).add(amount);
            }

            @Override
            public void increment(String name, String tag, String value) {
                increment(name + "{" + tag + "=" + value + "}", 1);
            }

            @Override
            public void recordNanos(String name, long nanos) {
                increment(name, 1);
            }

            @Override
            public void gauge(String name, DoubleSupplier value) {
                throw new UnsupportedOperationException("the fix plugin registers no gauges");
            }
        };
    }

    @Override
    public PluginBus bus() {
        throw new UnsupportedOperationException("the fix plugin does not use the bus");
    }

    @Override
    public Vertx vertx() {
        return vertx;
    }
}
