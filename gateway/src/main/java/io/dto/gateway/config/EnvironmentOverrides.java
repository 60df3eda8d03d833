package io.dto.gateway.config;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Applies environment variables over the YAML configuration (see {@link ConfigLoader}). */
final class EnvironmentOverrides {

    private static final String PREFIX = "DTO_";

    private EnvironmentOverrides() {
    }

    static JsonObject apply(JsonObject yaml, Map<String, String> environment, Integer portOverride) {
        JsonObject config = yaml.copy();
        new TreeMap<>(environment).forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                String[] path = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).split("__");
                put(config, path, parse(value));
            }
        });
        String port = environment.get("GATEWAY_HTTP_PORT");
        if (port != null) {
            put(config, new String[] {"gateway", "http", "port"}, parse(port));
        }
        String token = environment.get("GATEWAY_API_TOKEN");
        if (token != null) {
            put(config, new String[] {"gateway", "api_token"}, token);
        }
        if (portOverride != null) {
            put(config, new String[] {"gateway", "http", "port"}, portOverride);
        }
        return config;
    }

    private static Object parse(String value) {
        try {
            return Json.decodeValue(value);
        } catch (DecodeException e) {
            return value;
        }
    }

    private static void put(JsonObject root, String[] path, Object value) {
        JsonObject node = root;
        for (int i = 0; i < path.length - 1; i++) {
            Object child = node.getValue(path[i]);
            if (!(child instanceof JsonObject)) {
                child = new JsonObject();
                node.put(path[i], child);
            }
            node = (JsonObject) child;
        }
        node.put(path[path.length - 1], value);
    }
}
