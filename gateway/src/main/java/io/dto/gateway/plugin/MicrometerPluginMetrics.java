package io.dto.gateway.plugin;

import io.dto.api.PluginMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/** A plugin's own meters, named {@code gateway.plugin.custom.<name>} and tagged with the plugin id. */
final class MicrometerPluginMetrics implements PluginMetrics {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String OTHER = "_other";
    private static final String PREFIX = "gateway.plugin.custom.";
    private static final String DESCRIPTION = "Defined by the plugin (see its README)";

    private final MeterRegistry registry;
    private final String pluginId;
    /** The tag values each tagged counter has a series for, bounded by {@link #MAX_TAG_VALUES}. */
    private final Map<String, Set<String>> tagValues = new ConcurrentHashMap<>();

    MicrometerPluginMetrics(MeterRegistry registry, String pluginId) {
        this.registry = registry;
        this.pluginId = pluginId;
    }

    @Override
    public void increment(String name, double amount) {
        Counter.builder(PREFIX + checked(name)).tag("plugin", pluginId).description(DESCRIPTION).register(registry)
                .increment(amount);
    }

    @Override
    public void increment(String name, String tag, String value) {
        String meter = PREFIX + checked(name);
        if (tag == null || !TAG.matcher(tag).matches() || tag.equals("plugin")) {
            throw new IllegalArgumentException("tag '" + tag + "' of metric '" + name + "' must be lower case, like "
                    + "'msg_type', and not 'plugin'");
        }
        Set<String> known = tagValues.computeIfAbsent(meter + "|" + tag, k -> ConcurrentHashMap.newKeySet());
        String bounded = String.valueOf(value);
        if (!known.contains(bounded)) {
            synchronized (known) {
                if (known.size() < MAX_TAG_VALUES) {
                    known.add(bounded);
                } else if (!known.contains(bounded)) {
                    bounded = OTHER;
                }
            }
        }
        Counter.builder(meter).tag("plugin", pluginId).tag(tag, bounded).description(DESCRIPTION).register(registry)
                .increment();
    }

    @Override
    public void recordNanos(String name, long nanos) {
        Timer.builder(PREFIX + checked(name)).tag("plugin", pluginId).description(DESCRIPTION).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A gauge registered again (by a reloaded instance) reads the new supplier, not the old instance's. */
    @Override
    public void gauge(String name, DoubleSupplier value) {
        String meter = PREFIX + checked(name);
        registry.find(meter).tag("plugin", pluginId).gauges().forEach(registry::remove);
        Gauge.builder(meter, value::getAsDouble).tag("plugin", pluginId).description(DESCRIPTION).register(registry);
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name '" + name + "' must be lower case and dotted, "
                    + "like 'signals.skipped'");
        }
        return name;
    }
}
