package io.dto.gateway.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One mapping of the configuration being read, with its dotted path, collecting every problem instead of failing on
 * the first: a wrong file is reported whole, each problem naming its key.
 */
final class ConfigValues {

    private final JsonObject json;
    private final String path;
    private final List<String> problems;

    ConfigValues(JsonObject json, String path, List<String> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    static ConfigValues root(JsonObject json, List<String> problems) {
        return new ConfigValues(json, "", problems);
    }

    String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problem(String message) {
        problems.add(message);
    }

    JsonObject json() {
        return json;
    }

    boolean has(String name) {
        return json.getValue(name) != null;
    }

    ConfigValues object(String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return new ConfigValues(new JsonObject(), key(name), problems);
        }
        if (value instanceof JsonObject object) {
            return new ConfigValues(object, key(name), problems);
        }
        problems.add(key(name) + " must be a mapping, got " + value);
        return new ConfigValues(new JsonObject(), key(name), problems);
    }

    JsonArray array(String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return new JsonArray();
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        problems.add(key(name) + " must be a list, got " + value);
        return new JsonArray();
    }

    List<String> strings(String name, List<String> fallback) {
        if (!has(name)) {
            return fallback;
        }
        List<String> values = new ArrayList<>();
        for (Object item : array(name)) {
            if (item instanceof String text && !text.isBlank()) {
                values.add(text);
            } else {
                problems.add(key(name) + " must list non-empty strings, got " + item);
            }
        }
        return List.copyOf(values);
    }

    String string(String name, String fallback) {
        Object value = json.getValue(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String text) {
            return text;
        }
        problems.add(key(name) + " must be a string, got " + value);
        return fallback;
    }

    long whole(String name, long fallback) {
        Object value = json.getValue(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("-?\\d+")) {
            return Long.parseLong(text);
        }
        problems.add(key(name) + " must be a whole number, got " + value);
        return fallback;
    }

    long positiveWhole(String name, long fallback) {
        long value = whole(name, fallback);
        if (value <= 0) {
            problems.add(key(name) + " must be positive, got " + value);
        }
        return value;
    }

    BigDecimal decimal(String name, String fallback) {
        Object value = json.getValue(name);
        if (value == null) {
            return new BigDecimal(fallback);
        }
        try {
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key(name) + " must be a number, got " + value);
        return new BigDecimal(fallback);
    }

    BigDecimal positiveDecimal(String name, String fallback) {
        BigDecimal value = decimal(name, fallback);
        if (value.signum() <= 0) {
            problems.add(key(name) + " must be positive, got " + value.toPlainString());
        }
        return value;
    }
}
