package io.dto.gateway.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the gateway decides whom to trust and how to contain a plugin: {@code plugins.security},
 * {@code plugins.isolation} and {@code plugins.supervision} of {@code gateway.yaml}.
 *
 * @param trustedKeys publisher name to Base64 X.509 Ed25519 public key ({@code plugins.security.trusted_keys})
 * @param keysFolder more trusted keys, one {@code <publisher>.pub} file each ({@code plugins.security.keys_folder})
 * @param untrusted what to do with a plugin that is unsigned or signed by a publisher not trusted
 * @param isolation per plugin id, where it runs; plugins not named get {@link Isolation#EVENT_LOOP} when trusted
 * @param supervision the thresholds of the monitor and the restart policy
 * @param scanWaivers per plugin id, class names or package prefixes whose bytecode-scan findings the operator
 *     accepts (a bundled library's reflection, say); {@code plugins.security.scan_waivers}
 */
public record SecurityConfig(Map<String, String> trustedKeys, Path keysFolder, UntrustedPolicy untrusted,
        Map<String, Isolation> isolation, Supervision supervision, Map<String, List<String>> scanWaivers) {

    /** What happens to a plugin whose publisher is not trusted. */
    public enum UntrustedPolicy {
        /** Not loaded. */
        REFUSE,
        /** Loaded in a plugin-host JVM of its own, behind the event-bus bridge. */
        ISOLATE,
        /** Loaded in the gateway on a thread of its own, flagged untrusted in the registry and the metrics. */
        WARN
    }

    /** Where a plugin runs. */
    public enum Isolation {
        /** On a shared Vert.x event loop (the fastest; for trusted plugins). */
        EVENT_LOOP,
        /** On a worker thread of its own: a plugin that blocks stalls only itself. */
        THREAD,
        /** In a separate plugin-host JVM, supervised by the gateway. */
        PROCESS
    }

    /**
     * @param blockedMillis a plugin call taking longer than this is a strike (the plugin blocked its thread)
     * @param maxErrorsPerMinute more exceptions from plugin code than this in a minute is a strike
     * @param maxMessagesPerSecond more messages out than this in one second is a strike (flooding the bus)
     * @param maxRestarts how many times a struck or crashed plugin is restarted before it is quarantined
     * @param restartBackoffMillis the first restart's delay; each further restart waits twice as long
     */
    public record Supervision(long blockedMillis, long maxErrorsPerMinute, long maxMessagesPerSecond,
            int maxRestarts, long restartBackoffMillis) {

        public static final Supervision DEFAULT = new Supervision(2000, 60, 5000, 3, 1000);
    }

    public static final SecurityConfig DEFAULT = new SecurityConfig(Map.of(), Path.of("config/keys"),
            UntrustedPolicy.WARN, Map.of(), Supervision.DEFAULT, Map.of());

    public SecurityConfig {
        trustedKeys = Map.copyOf(trustedKeys);
        isolation = Map.copyOf(isolation);
        scanWaivers = Map.copyOf(scanWaivers);
    }

    /** The scan waivers of one plugin (empty when it has none). */
    public List<String> scanWaivers(String pluginId) {
        return scanWaivers.getOrDefault(pluginId, List.of());
    }

    /** Reads the keys under {@code plugins}; each problem names its key. */
    static SecurityConfig from(JsonObject plugins, List<String> problems) {
        JsonObject security = mapping(plugins, "security", "plugins.security", problems);
        Map<String, String> keys = new LinkedHashMap<>();
        mapping(security, "trusted_keys", "plugins.security.trusted_keys", problems).forEach(e -> {
            if (e.getValue() instanceof String key && !key.isBlank()) {
                keys.put(e.getKey(), key);
            } else {
                problems.add("plugins.security.trusted_keys." + e.getKey() + " must be a Base64 public key "
                        + "(as 'bin/gateway keys generate' prints it)");
            }
        });
        Path folder = Path.of(security.getString("keys_folder", DEFAULT.keysFolder().toString()));
        UntrustedPolicy untrusted = choice(UntrustedPolicy.class, security.getValue("untrusted"),
                UntrustedPolicy.WARN, "plugins.security.untrusted", problems);
        Map<String, Isolation> isolation = new LinkedHashMap<>();
        mapping(plugins, "isolation", "plugins.isolation", problems).forEach(e -> isolation.put(e.getKey(),
                choice(Isolation.class, e.getValue(), Isolation.EVENT_LOOP, "plugins.isolation." + e.getKey(),
                        problems)));
        Map<String, List<String>> waivers = new LinkedHashMap<>();
        mapping(security, "scan_waivers", "plugins.security.scan_waivers", problems).forEach(e -> {
            if (e.getValue() instanceof JsonArray list) {
                waivers.put(e.getKey(), list.stream().map(String::valueOf).toList());
            } else {
                problems.add("plugins.security.scan_waivers." + e.getKey() + " must be a list of class names or "
                        + "package prefixes");
            }
        });
        return new SecurityConfig(keys, folder, untrusted, isolation,
                supervision(mapping(plugins, "supervision", "plugins.supervision", problems), problems), waivers);
    }

    private static Supervision supervision(JsonObject json, List<String> problems) {
        Supervision d = Supervision.DEFAULT;
        return new Supervision(
                positive(json, "blocked_ms", d.blockedMillis(), problems),
                positive(json, "max_errors_per_minute", d.maxErrorsPerMinute(), problems),
                positive(json, "max_messages_per_second", d.maxMessagesPerSecond(), problems),
                (int) positive(json, "max_restarts", d.maxRestarts(), problems),
                positive(json, "restart_backoff_ms", d.restartBackoffMillis(), problems));
    }

    private static long positive(JsonObject json, String key, long fallback, List<String> problems) {
        Object value = json.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number && number.longValue() > 0
                && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        problems.add("plugins.supervision." + key + " must be a positive whole number, got " + value);
        return fallback;
    }

    private static JsonObject mapping(JsonObject parent, String key, String path, List<String> problems) {
        Object value = parent.getValue(key);
        if (value == null) {
            return new JsonObject();
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        problems.add(path + " must be a mapping, got " + value);
        return new JsonObject();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Object value, E fallback, String path,
            List<String> problems) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(path + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + value + "'");
            return fallback;
        }
    }
}
