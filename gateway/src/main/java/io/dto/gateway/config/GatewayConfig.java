package io.dto.gateway.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's configuration ({@code config/gateway.yaml} after environment overrides), checked where it is
 * built: a wrong value fails start-up with a message that names the key and the fix.
 *
 * @param pluginFolders where plugin jars are discovered, relative to the working directory
 * @param pluginConfigs each plugin's configuration by plugin id, validated later against its manifest
 * @param disabledPlugins plugin ids that are discovered but not loaded
 * @param security trust, isolation and supervision of plugins
 */
public record GatewayConfig(HttpConfig http, String apiToken, List<Path> pluginFolders,
        Map<String, JsonObject> pluginConfigs, List<String> disabledPlugins, OrderConfig orders,
        SecurityConfig security) {

    /** The HTTP server that serves REST, console and metrics. */
    public record HttpConfig(String host, int port) {
    }

    /**
     * Defaults of the order path.
     *
     * @param signalQuantity the quantity the signal router gives a signal of strength 1.0 (scaled by strength,
     *     at least one unit)
     */
    public record OrderConfig(String defaultBroker, String defaultAccount, long signalQuantity,
            long brokerTimeoutMillis) {
    }

    public static GatewayConfig from(JsonObject json) {
        List<String> problems = new ArrayList<>();
        JsonObject gateway = object(json, "gateway", problems);
        JsonObject http = object(gateway, "http", problems);
        JsonObject plugins = object(json, "plugins", problems);
        JsonObject orders = object(json, "orders", problems);

        int port = integer(http, "port", 8080, problems, "gateway.http.port");
        if (port < 0 || port > 65535) {
            problems.add("gateway.http.port must be between 0 and 65535, got " + port);
        }
        String token = gateway.getValue("api_token") instanceof String s ? s : null;
        if (token == null || token.isBlank()) {
            problems.add("gateway.api_token must be set (or GATEWAY_API_TOKEN in the environment): mutating API "
                    + "routes need it");
        }
        List<Path> folders = new ArrayList<>();
        for (Object folder : array(plugins, "folders", problems)) {
            folders.add(Path.of(String.valueOf(folder)));
        }
        if (folders.isEmpty()) {
            problems.add("plugins.folders must name at least one folder to discover plugin jars in");
        }
        Map<String, JsonObject> configs = new LinkedHashMap<>();
        object(plugins, "config", problems).forEach(e -> {
            if (e.getValue() instanceof JsonObject config) {
                configs.put(e.getKey(), config);
            } else if (e.getValue() == null) {
                configs.put(e.getKey(), new JsonObject());
            } else {
                problems.add("plugins.config." + e.getKey() + " must be a mapping of parameter names to values");
            }
        });
        List<String> disabled = array(plugins, "disabled", problems).stream().map(String::valueOf).toList();
        long quantity = integer(orders, "signal_quantity", 10, problems, "orders.signal_quantity");
        if (quantity <= 0) {
            problems.add("orders.signal_quantity must be positive, got " + quantity);
        }
        long timeout = integer(orders, "broker_timeout_ms", 5000, problems, "orders.broker_timeout_ms");
        if (timeout <= 0) {
            problems.add("orders.broker_timeout_ms must be positive, got " + timeout);
        }
        SecurityConfig security = SecurityConfig.from(plugins, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid gateway configuration:\n  - " + String.join("\n  - ", problems));
        }
        return new GatewayConfig(
                new HttpConfig(http.getString("host", "127.0.0.1"), port),
                token,
                List.copyOf(folders),
                configs,
                disabled,
                new OrderConfig(orders.getString("default_broker", "paper"),
                        orders.getString("default_account", "DEMO"), quantity, timeout),
                security);
    }

    /** A plugin's configuration as given (empty when the file names none). */
    public JsonObject pluginConfig(String pluginId) {
        return pluginConfigs.getOrDefault(pluginId, new JsonObject()).copy();
    }

    private static JsonObject object(JsonObject parent, String key, List<String> problems) {
        Object value = parent.getValue(key);
        if (value == null) {
            return new JsonObject();
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        problems.add(key + " must be a mapping, got " + value);
        return new JsonObject();
    }

    private static JsonArray array(JsonObject parent, String key, List<String> problems) {
        Object value = parent.getValue(key);
        if (value == null) {
            return new JsonArray();
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        problems.add(key + " must be a list, got " + value);
        return new JsonArray();
    }

    private static long integer(JsonObject parent, String key, long fallback, List<String> problems, String path) {
        Object value = parent.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("-?\\d+")) {
            return Long.parseLong(text);
        }
        problems.add(path + " must be a whole number, got " + value);
        return fallback;
    }

    private static int integer(JsonObject parent, String key, int fallback, List<String> problems, String path) {
        return (int) integer(parent, key, (long) fallback, problems, path);
    }
}
