package io.dto.plugins.fixsim;

import io.dto.api.Permission;
import io.dto.api.PluginBus;
import io.dto.api.PluginContext;
import io.dto.api.PluginMetrics;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.InstantSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A plugin context over a real Vert.x, with a bus whose subscribers a test can deliver to directly. */
final class FakePluginContext implements PluginContext {

    private final Vertx vertx;
    private final JsonObject config;
    private final Map<String, Handler<Object>> consumers = new ConcurrentHashMap<>();

    FakePluginContext(Vertx vertx, JsonObject config) {
        this.vertx = vertx;
        this.config = config;
    }

    /** Delivers a message to the subscriber of {@code address}, as the bus would. */
    void deliver(String address, Object message) {
        Handler<Object> handler = consumers.get(address);
        if (handler == null) {
            throw new AssertionError("nobody subscribed to " + address + "; subscribers: " + consumers.keySet());
        }
        handler.handle(message);
    }

    Set<String> subscribedAddresses() {
        return Set.copyOf(consumers.keySet());
    }

    @Override
    public String pluginId() {
        return "fix-sim";
    }

    @Override
    public JsonObject config() {
        return config;
    }

    @Override
    public Set<Permission> permissions() {
        return Set.of(Permission.READ_MARKET_DATA, Permission.ACCESS_EXTERNAL_APIS);
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin.fix-sim");
    }

    @Override
    public InstantSource clock() {
        return InstantSource.system();
    }

    @Override
    public void runOnContext(Handler<Void> handler) {
        vertx.runOnContext(handler);
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
        return vertx.executeBlocking(work);
    }

    @Override
    public PluginMetrics metrics() {
        return new PluginMetrics() {
            @Override
            public void increment(String name, double amount) {
            }

            @Override
            public void increment(String name, String tag, String value) {
            }

            @Override
            public void recordNanos(String name, long nanos) {
            }

            @Override
            public void gauge(String name, DoubleSupplier value) {
            }
        };
    }

    @Override
    public PluginBus bus() {
        return new PluginBus() {
            @Override
            public void publish(String address, Object message) {
                throw new UnsupportedOperationException("fix-sim does not publish");
            }

            @Override
            public void send(String address, Object message) {
                throw new UnsupportedOperationException("fix-sim does not send");
            }

            @Override
            public <T> Future<T> request(String address, Object message) {
                return Future.failedFuture("fix-sim does not request");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> Future<Subscription> consumer(String address, Handler<T> handler) {
                consumers.put(address, (Handler<Object>) handler);
                return Future.succeededFuture(() -> {
                    consumers.remove(address);
                    return Future.succeededFuture();
                });
            }
        };
    }

    @Override
    public Vertx vertx() {
        return vertx;
    }
}
