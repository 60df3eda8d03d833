package io.dto.gateway.metrics;

import io.dto.api.PluginState;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.gateway.plugin.PluginStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per plugin: its lifecycle state and restarts, events in and out, errors, time in its message handlers, event-loop
 * time in handlers slower than {@link #BLOCKED_AFTER}, reloads, and the market data its inbound buffer holds and
 * dropped. States and restarts come from {@code plugin.lifecycle} and outlive the plugin's hosts until it is
 * unloaded; the rest come from the plugin hosts and go when the host stops, with the meters the plugin registered
 * itself.
 */
public final class PluginMeters implements MeterBinder {

    /** A handler that holds its event loop longer than this delays every other verticle on that loop. */
    public static final Duration BLOCKED_AFTER = Duration.ofMillis(10);

    static final String STATE = "gateway.plugin.state";
    static final String EVENTS_IN = "gateway.plugin.events.in";
    static final String EVENTS_OUT = "gateway.plugin.events.out";
    static final String ERRORS = "gateway.plugin.errors";
    static final String PROCESSING = "gateway.plugin.processing";
    static final String BLOCKED = "gateway.plugin.event.loop.blocked";
    static final String RELOADS = "gateway.plugin.reloads";
    static final String RESTARTS = "gateway.plugin.restarts";
    static final String MD_DROPPED = "gateway.plugin.market.data.dropped";
    static final String MD_BUFFERED = "gateway.plugin.market.data.buffered";
    static final String CUSTOM_PREFIX = "gateway.plugin.custom.";

    private final Map<String, PluginState> states = new ConcurrentHashMap<>();
    private final Map<String, Counter> restarts = new ConcurrentHashMap<>();
    private final Map<String, Handlers> handlers = new ConcurrentHashMap<>();
    private MeterRegistry registry;

    /** The meters of one plugin's message handlers. */
    private record Handlers(Timer processing, Counter blocked, List<Meter> hostMeters) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * A plugin changed state: its state gauges and restart counter appear with its first event and go when it is
     * unloaded; each move to {@code RESTARTING} counts a restart.
     */
    void onLifecycle(PluginLifecycleEvent event) {
        String plugin = event.pluginId();
        if (event.state() == PluginState.UNLOADED) {
            states.remove(plugin);
            restarts.remove(plugin);
            removeMatching(STATE, plugin);
            removeMatching(RESTARTS, plugin);
            return;
        }
        if (states.put(plugin, event.state()) == null) {
            for (PluginState state : PluginState.values()) {
                Gauge.builder(STATE, states, s -> s.get(plugin) == state ? 1 : 0)
                        .description("1 for the plugin's current lifecycle state, 0 for the others")
                        .tags("plugin", plugin, "state", state.name())
                        .register(registry);
            }
            restarts.put(plugin, Counter.builder(RESTARTS).tag("plugin", plugin)
                    .description("Times the supervisor restarted the plugin after a strike or a crash of its host")
                    .register(registry));
        }
        if (event.state() == PluginState.RESTARTING) {
            restarts.get(plugin).increment();
        }
    }

    void onHostStarted(String plugin, PluginStats stats) {
        Tags tags = Tags.of("plugin", plugin);
        List<Meter> hostMeters = List.of(
                FunctionCounter.builder(EVENTS_IN, stats, PluginStats::eventsIn).tags(tags)
                        .description("Messages the plugin's host delivered to it").register(registry),
                FunctionCounter.builder(EVENTS_OUT, stats, PluginStats::eventsOut).tags(tags)
                        .description("Updates, signals, indicator values or reports the plugin emitted")
                        .register(registry),
                FunctionCounter.builder(ERRORS, stats, PluginStats::errors).tags(tags)
                        .description("Exceptions thrown by the plugin's code (the plugin keeps running)")
                        .register(registry),
                FunctionCounter.builder(MD_DROPPED, stats, PluginStats::marketDataDropped).tags(tags)
                        .description("Market-data updates the plugin's inbound buffer dropped by its overflow policy")
                        .register(registry),
                Gauge.builder(MD_BUFFERED, stats, PluginStats::marketDataBuffered).tags(tags)
                        .description("Market-data updates waiting in the plugin's inbound buffer")
                        .register(registry));
        Timer processing = Timer.builder(PROCESSING).tags(tags)
                .description("Time the plugin's message handlers held its event loop, per message")
                .serviceLevelObjectives(Buckets.PLUGIN_CALL)
                .register(registry);
        Counter blocked = Counter.builder(BLOCKED).tags(tags).baseUnit("seconds")
                .description("Event-loop time in message handlers that took longer than " + BLOCKED_AFTER.toMillis()
                        + " ms each")
                .register(registry);
        for (String outcome : List.of("succeeded", "failed")) {
            Counter.builder(RELOADS).tags(tags).tag("outcome", outcome).description("Hot reloads of the plugin")
                    .register(registry);
        }
        handlers.put(plugin, new Handlers(processing, blocked, hostMeters));
    }

    void onHostStopped(String plugin) {
        Handlers removed = handlers.remove(plugin);
        if (removed != null) {
            removed.hostMeters().forEach(registry::remove);
            registry.remove(removed.processing());
            registry.remove(removed.blocked());
        }
        removeMatching(RELOADS, plugin);
        registry.getMeters().stream()
                .filter(m -> m.getId().getName().startsWith(CUSTOM_PREFIX) && plugin.equals(m.getId().getTag("plugin")))
                .forEach(registry::remove);
    }

    void onHandled(String plugin, long nanos) {
        Handlers meters = handlers.get(plugin);
        if (meters == null) {
            return;
        }
        meters.processing().record(nanos, TimeUnit.NANOSECONDS);
        if (nanos > BLOCKED_AFTER.toNanos()) {
            meters.blocked().increment(nanos / 1e9);
        }
    }

    void onReloaded(String plugin, boolean succeeded) {
        Counter.builder(RELOADS).tags("plugin", plugin, "outcome", succeeded ? "succeeded" : "failed")
                .description("Hot reloads of the plugin").register(registry).increment();
    }

    private void removeMatching(String name, String plugin) {
        registry.find(name).tag("plugin", plugin).meters().forEach(registry::remove);
    }
}
