package io.dto.testkit;

import io.dto.api.PluginMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * The {@link PluginMetrics} a plugin gets in the testkit: counters, timings and gauges kept in memory so a test can
 * read them back. Names are checked as the gateway expects them (lower case, dotted: {@code signals.skipped}).
 *
 * <p>Threading: not thread-safe; the plugin calls it on its context (the test's thread).
 */
public final class RecordingMetrics implements PluginMetrics {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, Double> counters = new TreeMap<>();
    private final Map<String, Map<String, Double>> tagged = new TreeMap<>();
    private final Map<String, List<Long>> timings = new TreeMap<>();
    private final Map<String, DoubleSupplier> gauges = new TreeMap<>();

    RecordingMetrics() {
    }

    @Override
    public void increment(String name, double amount) {
        checkName(name);
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("counter '" + name + "' can only grow by a finite, non-negative "
                    + "amount, got " + amount);
        }
        counters.merge(name, amount, Double::sum);
    }

    @Override
    public void increment(String name, String tag, String value) {
        checkName(name);
        if (tag == null || !TAG.matcher(tag).matches() || tag.equals("plugin")) {
            throw new IllegalArgumentException("tag '" + tag + "' of metric '" + name + "' must be lower case, like "
                    + "'msg_type', and not 'plugin'");
        }
        String key = String.valueOf(value);
        Map<String, Double> byValue = tagged.computeIfAbsent(name + "{" + tag + "}", k -> new TreeMap<>());
        if (byValue.size() >= MAX_TAG_VALUES && !byValue.containsKey(key)) {
            throw new IllegalStateException("counter '" + name + "' has more than " + MAX_TAG_VALUES + " values of "
                    + "tag '" + tag + "' (the gateway would count '" + key + "' as _other): keep the set small");
        }
        byValue.merge(key, 1.0, Double::sum);
    }

    @Override
    public void recordNanos(String name, long nanos) {
        checkName(name);
        if (nanos < 0) {
            throw new IllegalArgumentException("timing '" + name + "' must not be negative, got " + nanos);
        }
        timings.computeIfAbsent(name, n -> new ArrayList<>()).add(nanos);
    }

    @Override
    public void gauge(String name, DoubleSupplier value) {
        checkName(name);
        gauges.put(name, Objects.requireNonNull(value, "value"));
    }

    /** A counter's total; 0 when the plugin never incremented it. */
    public double counter(String name) {
        return counters.getOrDefault(name, 0.0);
    }

    /** A tagged counter's total for one value of its tag; 0 when the plugin never incremented it. */
    public double counter(String name, String tag, String value) {
        return tagged.getOrDefault(name + "{" + tag + "}", Map.of()).getOrDefault(value, 0.0);
    }

    /** Every duration recorded under {@code name}, in nanoseconds, in order. */
    public List<Long> timings(String name) {
        return List.copyOf(timings.getOrDefault(name, List.of()));
    }

    /** A gauge's current reading (the supplier is called now); empty when no such gauge is registered. */
    public OptionalDouble gauge(String name) {
        DoubleSupplier supplier = gauges.get(name);
        return supplier == null ? OptionalDouble.empty() : OptionalDouble.of(supplier.getAsDouble());
    }

    /** Every meter name the plugin used, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(counters.keySet());
        tagged.keySet().forEach(key -> names.add(key.substring(0, key.indexOf('{'))));
        names.addAll(timings.keySet());
        names.addAll(gauges.keySet());
        return names;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name '" + name + "' must be lower case and dotted, like "
                    + "'signals.skipped'");
        }
    }
}
