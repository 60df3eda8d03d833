package io.dto.gateway.plugin;

import io.dto.gateway.config.SecurityConfig.Supervision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Lifecycle step 7's monitor: once a second it reads every running plugin's statistics and strikes a plugin that
 * blocked its thread past {@code blocked_ms} (a call that returned late, or one still running), threw more than
 * {@code max_errors_per_minute} exceptions in the current minute, or sent more than {@code max_messages_per_second}
 * messages in the last second. A strike goes to the plugin manager, which restarts the plugin with backoff and
 * quarantines it after {@code max_restarts}. Called on the plugin manager's context.
 */
final class PluginSupervisor {

    /** What the supervisor remembers of one plugin between samples. */
    private static final class Sample {
        long at;
        long eventsOut;
        long minuteStart;
        long errorsAtMinuteStart;
    }

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final Supervision limits;
    private final MeterRegistry meters;
    private final BiConsumer<String, String> strike;
    private final Map<String, Sample> samples = new HashMap<>();

    /** @param strike called with the plugin id and the reason, in words, when a plugin crosses a limit */
    PluginSupervisor(Supervision limits, MeterRegistry meters, BiConsumer<String, String> strike) {
        this.limits = limits;
        this.meters = meters;
        this.strike = strike;
    }

    /** Checks every plugin in {@code running} (by id) at {@code now} (System.nanoTime). */
    void sample(Set<String> running, Function<String, PluginStats> statsOf, long now) {
        samples.keySet().retainAll(running);
        for (String id : running) {
            PluginStats stats = statsOf.apply(id);
            Sample sample = samples.get(id);
            if (sample == null) {
                sample = new Sample();
                sample.at = now;
                sample.minuteStart = now;
                sample.eventsOut = stats.eventsOut();
                sample.errorsAtMinuteStart = stats.errors();
                samples.put(id, sample);
                continue;
            }
            String reason = check(stats, sample, now);
            if (reason != null) {
                samples.remove(id);
                Counter.builder("gateway.plugin.strikes").description("Plugins struck by the monitor")
                        .tag("plugin", id).register(meters).increment();
                strike.accept(id, reason);
            }
        }
    }

    private String check(PluginStats stats, Sample sample, long now) {
        long blockedNanos = TimeUnit.MILLISECONDS.toNanos(limits.blockedMillis());
        long longest = stats.takeLongestCallNanos();
        long running = stats.runningCallNanos(now);
        long elapsed = Math.max(1, now - sample.at);
        long out = stats.eventsOut() - sample.eventsOut;
        sample.at = now;
        sample.eventsOut = stats.eventsOut();
        if (now - sample.minuteStart >= MINUTE) {
            sample.minuteStart = now;
            sample.errorsAtMinuteStart = stats.errors();
        }
        long errors = stats.errors() - sample.errorsAtMinuteStart;
        if (running > blockedNanos) {
            return "it has been blocking its thread for " + millis(running) + " ms (plugins.supervision.blocked_ms is "
                    + limits.blockedMillis() + ")";
        }
        if (longest > blockedNanos) {
            return "it blocked its thread for " + millis(longest) + " ms in one call (plugins.supervision.blocked_ms "
                    + "is " + limits.blockedMillis() + "): move blocking work to executeBlocking";
        }
        if (errors > limits.maxErrorsPerMinute()) {
            return "it threw " + errors + " exceptions within a minute (plugins.supervision.max_errors_per_minute is "
                    + limits.maxErrorsPerMinute() + "); last: " + stats.lastError();
        }
        long perSecond = out * TimeUnit.SECONDS.toNanos(1) / elapsed;
        if (perSecond > limits.maxMessagesPerSecond()) {
            return "it sent " + perSecond + " messages a second (plugins.supervision.max_messages_per_second is "
                    + limits.maxMessagesPerSecond() + ")";
        }
        return null;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
