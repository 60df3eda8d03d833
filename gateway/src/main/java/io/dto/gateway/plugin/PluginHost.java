package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.Capabilities;
import io.dto.api.Plugin;
import io.dto.api.PluginState;
import io.dto.gateway.marketdata.BufferedDispatcher;
import io.dto.gateway.marketdata.FeedFlowControl;
import io.dto.gateway.marketdata.MarketDataConfig;
import io.dto.gateway.marketdata.SubscriberBuffer;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verticle that hosts one plugin (lifecycle steps 4 to 8): it initializes the plugin on its own context,
 * subscribes to what the plugin consumes, calls it, and on reload swaps in a new instance.
 *
 * <p>The host, not the plugin instance, owns the bus consumers, and every message goes to whichever instance is
 * current when it arrives. A reload therefore hands over between two messages on one thread: nothing is lost and
 * nothing is processed twice.
 *
 * @param <P> the plugin type's interface
 */
public abstract class PluginHost<P extends Plugin> extends VerticleBase {

    /** Whether a reload starts the new instance before stopping the old one. */
    protected enum ReloadOrder {
        /** New instance initialized and activated first: for plugins that hold no exclusive resource. */
        MAKE_BEFORE_BREAK,
        /** Old instance stopped first: for plugins that hold a session, a port or a connection. */
        BREAK_BEFORE_MAKE
    }

    protected final Logger log = LoggerFactory.getLogger(getClass());
    private final Class<P> contract;
    private final LoadedPlugin initial;
    private final HostServices services;
    private final PluginStats stats = new PluginStats();
    private final Map<String, MessageConsumer<Object>> consumers = new HashMap<>();
    private HostedPlugin<P> current;
    private boolean swapping;
    private final List<Message<Object>> heldDuringSwap = new ArrayList<>();
    private BufferedDispatcher<Message<Object>> marketData;

    protected PluginHost(Class<P> contract, LoadedPlugin initial, HostServices services) {
        this.contract = contract;
        this.initial = initial;
        this.services = services;
    }

    public PluginStats stats() {
        return stats;
    }

    protected HostServices services() {
        return services;
    }

    /** The addresses the host consumes for this instance. */
    protected abstract Set<String> addresses(HostedPlugin<P> instance);

    /** Handles one message for the current instance. Exceptions are counted and logged by the caller. */
    protected abstract void onMessage(HostedPlugin<P> instance, Message<Object> message);

    /** Starts what the plugin does on its own (a stream, a session) after {@code initialize}. */
    protected Future<Void> activate(HostedPlugin<P> instance) {
        return Future.succeededFuture();
    }

    /** Stops what {@link #activate} started, before {@code cleanup}. */
    protected Future<Void> deactivate(HostedPlugin<P> instance) {
        return Future.succeededFuture();
    }

    protected ReloadOrder reloadOrder() {
        return ReloadOrder.MAKE_BEFORE_BREAK;
    }

    @Override
    public Future<?> start() {
        current = instantiate(initial);
        services.observer().onHostStarted(current.id(), initial.validated().manifest().pluginInfo().type(),
                stats);
        report(current, PluginState.INITIALIZING, null);
        return initialize(current)
                .compose(v -> subscribe(addresses(current)))
                .compose(v -> activate(current))
                .onSuccess(v -> report(current, PluginState.RUNNING, null))
                .recover(e -> {
                    services.observer().onHostStopped(current.id());
                    report(current, PluginState.FAILED, describe(e));
                    return unsubscribe(Set.copyOf(consumers.keySet()))
                            .eventually(() -> retire(current))
                            .transform(ignored -> Future.failedFuture(e));
                });
    }

    @Override
    public Future<?> stop() {
        HostedPlugin<P> instance = current;
        report(instance, PluginState.UNLOADING, null);
        services.flow().remove(initial.id());
        return unsubscribe(Set.copyOf(consumers.keySet()))
                .compose(v -> retire(instance))
                .onComplete(v -> {
                    services.observer().onHostStopped(instance.id());
                    report(instance, PluginState.UNLOADED, null);
                });
    }

    /** Replaces the running instance by a new one (hot reload); completes on this host's context. */
    public Future<Void> replace(LoadedPlugin next) {
        Promise<Void> done = Promise.promise();
        context.runOnContext(v -> doReplace(next).onComplete(done));
        return done.future();
    }

    private Future<Void> doReplace(LoadedPlugin next) {
        HostedPlugin<P> old = current;
        HostedPlugin<P> fresh = instantiate(next);
        if (reloadOrder() == ReloadOrder.MAKE_BEFORE_BREAK) {
            return initialize(fresh)
                    .compose(v -> subscribe(addresses(fresh)))
                    .compose(v -> activate(fresh))
                    .compose(v -> {
                        current = fresh;
                        report(fresh, PluginState.RUNNING, null);
                        return unsubscribe(stale(addresses(fresh)));
                    })
                    .compose(v -> retire(old))
                    .recover(e -> abandon(fresh, e));
        }
        swapping = true;
        return retire(old)
                .compose(v -> initialize(fresh))
                .compose(v -> subscribe(addresses(fresh)))
                .compose(v -> activate(fresh))
                .onSuccess(v -> {
                    current = fresh;
                    report(fresh, PluginState.RUNNING, null);
                })
                .compose(v -> unsubscribe(stale(addresses(fresh))))
                .onFailure(e -> report(fresh, PluginState.FAILED, describe(e)))
                .eventually(() -> {
                    swapping = false;
                    releaseHeldMessages();
                    return Future.succeededFuture();
                });
    }

    private Future<Void> abandon(HostedPlugin<P> fresh, Throwable cause) {
        if (current == fresh) {
            return Future.failedFuture(cause);
        }
        log.warn("reload of {} failed, version {} keeps running: {}", fresh.id(), current.version(), describe(cause));
        return deactivate(fresh)
                .eventually(() -> fresh.context().release())
                .eventually(() -> call(fresh, () -> fresh.plugin().cleanup()))
                .transform(ignored -> Future.failedFuture(cause));
    }

    private HostedPlugin<P> instantiate(LoadedPlugin loaded) {
        GatewayPluginContext pluginContext = new GatewayPluginContext(loaded.validated(), vertx, context,
                services.clock(), services.registry());
        return new HostedPlugin<>(loaded, contract.cast(loaded.instance()), pluginContext);
    }

    private Future<Void> initialize(HostedPlugin<P> instance) {
        return call(instance, () -> instance.plugin().initialize(instance.context()));
    }

    private Future<Void> retire(HostedPlugin<P> instance) {
        return deactivate(instance)
                .eventually(() -> call(instance, () -> instance.plugin().cleanup()))
                .eventually(() -> instance.context().release())
                .onFailure(e -> log.warn("cleanup of {} failed: {}", instance.id(), describe(e)));
    }

    private Set<String> stale(Set<String> wanted) {
        Set<String> stale = new java.util.HashSet<>(consumers.keySet());
        stale.removeAll(wanted);
        return stale;
    }

    private Future<Void> subscribe(Set<String> addresses) {
        List<Future<Void>> registered = new ArrayList<>();
        for (String address : addresses) {
            if (!consumers.containsKey(address)) {
                MessageConsumer<Object> consumer = vertx.eventBus().consumer(address, handlerFor(address));
                consumers.put(address, consumer);
                registered.add(consumer.completion());
            }
        }
        return Future.all(registered).mapEmpty();
    }

    /**
     * Market data and indicator values pass through this subscriber's bounded buffer (its overflow policy applies
     * when the plugin falls behind); everything else (order events, requests) is dispatched directly.
     */
    private Handler<Message<Object>> handlerFor(String address) {
        if (!address.startsWith(Addresses.MARKET_DATA_PREFIX) && !address.startsWith(Addresses.INDICATOR_PREFIX)) {
            return this::dispatch;
        }
        if (marketData == null) {
            MarketDataConfig config = services.marketData();
            SubscriberBuffer<Message<Object>> buffer = new SubscriberBuffer<>(config.bufferCapacity(),
                    config.overflowPolicy(), services.flow().forSubscriber(initial.id()));
            marketData = new BufferedDispatcher<>(context, buffer, this::dispatch, config.drainBatch());
            stats.inbound(buffer);
        }
        return marketData;
    }

    private Future<Void> unsubscribe(Set<String> addresses) {
        List<Future<Void>> removed = new ArrayList<>();
        for (String address : addresses) {
            MessageConsumer<Object> consumer = consumers.remove(address);
            if (consumer != null) {
                removed.add(consumer.unregister());
            }
        }
        return Future.join(removed).mapEmpty();
    }

    private void dispatch(Message<Object> message) {
        if (swapping) {
            heldDuringSwap.add(message);
            return;
        }
        long start = System.nanoTime();
        try {
            withLoader(current, () -> {
                onMessage(current, message);
                return null;
            });
        } catch (Exception e) {
            pluginError(current, "handling " + message.address(), e);
            if (message.replyAddress() != null) {
                message.fail(500, describe(e));
            }
        } finally {
            long nanos = System.nanoTime() - start;
            stats.eventIn(nanos);
            services.observer().onHandled(current.id(), nanos);
        }
    }

    private void releaseHeldMessages() {
        List<Message<Object>> held = new ArrayList<>(heldDuringSwap);
        heldDuringSwap.clear();
        held.forEach(this::dispatch);
    }

    /** Counts and logs an exception from plugin code; the plugin keeps running. */
    protected void pluginError(HostedPlugin<P> instance, String what, Throwable error) {
        stats.error(what + ": " + describe(error));
        log.warn("plugin {} failed {}: {}", instance.id(), what, describe(error), error);
    }

    protected void countOut(int events) {
        stats.eventsOut(events);
    }

    /** Calls plugin code that returns a future, turning a thrown exception into a failed future. */
    protected Future<Void> call(HostedPlugin<P> instance, Callable<Future<Void>> work) {
        try {
            Future<Void> result = withLoader(instance, work);
            return result == null ? Future.failedFuture(new IllegalStateException(
                    "plugin returned null instead of a Future")) : result;
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
    }

    /** Runs plugin code with the plugin's class loader as the thread's context class loader. */
    protected static <T> T withLoader(HostedPlugin<?> instance, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(instance.loaded().loader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    protected HostedPlugin<P> current() {
        return current;
    }

    private void report(HostedPlugin<P> instance, PluginState state, String message) {
        Capabilities capabilities = null;
        if (state == PluginState.RUNNING) {
            try {
                capabilities = withLoader(instance, () -> instance.plugin().info().capabilities());
            } catch (Exception e) {
                pluginError(instance, "describing its capabilities", e);
            }
        }
        services.listener().onState(instance.id(), instance.version(), state, message, capabilities);
    }

    protected static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * What every host needs from the gateway.
     *
     * @param marketData buffer sizes and policy of subscribers, rate-limit waits of providers
     * @param flow where congested subscribers pause the feeds
     */
    public record HostServices(MeterRegistry registry, InstantSource clock, HostListener listener,
            SignalRouter signalRouter, HostObserver observer, MarketDataConfig marketData, FeedFlowControl flow) {
    }
}
