package io.dto.tooling;

import io.dto.api.manifest.ParameterSpec;
import io.dto.api.manifest.ParameterType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a plugin's configuration against its manifest's parameters (type, default, min, max, item type) and fills
 * in defaults. Every violation is reported, not just the first, each naming the parameter and the fix.
 */
public final class ConfigValidator {

    /** The effective configuration and what is wrong with it; the plugin may run only when there is nothing. */
    public record Result(JsonObject config, List<String> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private ConfigValidator() {
    }

    public static Result validate(Map<String, ParameterSpec> parameters, JsonObject supplied) {
        JsonObject source = supplied == null ? new JsonObject() : supplied;
        JsonObject effective = new JsonObject();
        List<String> violations = new ArrayList<>();
        for (String key : new TreeSet<>(source.fieldNames())) {
            if (!parameters.containsKey(key)) {
                violations.add("unknown parameter '" + key + "'; the manifest declares "
                        + new TreeSet<>(parameters.keySet()));
            }
        }
        parameters.forEach((name, spec) -> {
            Object value = source.containsKey(name) ? source.getValue(name) : wrap(spec.defaultValue());
            if (value == null) {
                if (spec.required()) {
                    violations.add("parameter '" + name + "' is required (" + describe(spec) + ")");
                }
                return;
            }
            List<String> problems = check("parameter '" + name + "'", value, spec.type(), spec.itemType(), spec);
            violations.addAll(problems);
            if (problems.isEmpty()) {
                effective.put(name, normalize(value, spec.type()));
            }
        });
        return new Result(effective, List.copyOf(violations));
    }

    /** Problems with the manifest's own defaults: a default must satisfy its parameter's type and bounds. */
    public static List<String> checkDefaults(Map<String, ParameterSpec> parameters) {
        List<String> problems = new ArrayList<>();
        parameters.forEach((name, spec) -> {
            if (spec.defaultValue() != null) {
                check("default of parameter '" + name + "'", wrap(spec.defaultValue()), spec.type(),
                        spec.itemType(), spec).forEach(problems::add);
            }
        });
        return problems;
    }

    private static List<String> check(String what, Object value, ParameterType type, ParameterType itemType,
            ParameterSpec bounds) {
        List<String> problems = new ArrayList<>();
        if (!hasType(value, type)) {
            problems.add(what + " must be " + article(type) + ", got " + show(value));
            return problems;
        }
        if (type == ParameterType.ARRAY && itemType != null) {
            JsonArray items = (JsonArray) value;
            for (int i = 0; i < items.size(); i++) {
                problems.addAll(check(what + " item " + i, items.getValue(i), itemType, null, bounds));
            }
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (bounds.min() != null && d < bounds.min()) {
                problems.add(what + " is " + show(value) + ", below the minimum " + trim(bounds.min()));
            }
            if (bounds.max() != null && d > bounds.max()) {
                problems.add(what + " is " + show(value) + ", above the maximum " + trim(bounds.max()));
            }
        }
        return problems;
    }

    /** Manifest defaults are plain Java lists and maps; configuration values are Vert.x JSON types. */
    @SuppressWarnings("unchecked")
    private static Object wrap(Object value) {
        if (value instanceof java.util.List<?> list) {
            return new JsonArray((java.util.List<Object>) list);
        } else if (value instanceof Map<?, ?> map) {
            return new JsonObject((Map<String, Object>) map);
        }
        return value;
    }

    private static boolean hasType(Object value, ParameterType type) {
        return switch (type) {
            case INTEGER -> value instanceof Number n && isWhole(n);
            case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue());
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case ARRAY -> value instanceof JsonArray;
            case OBJECT -> value instanceof JsonObject;
        };
    }

    private static boolean isWhole(Number n) {
        double d = n.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= Long.MAX_VALUE;
    }

    private static Object normalize(Object value, ParameterType type) {
        if (type == ParameterType.INTEGER) {
            long whole = ((Number) value).longValue();
            return whole == (int) whole ? (Object) (int) whole : (Object) whole;
        }
        if (type == ParameterType.NUMBER) {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    private static String describe(ParameterSpec spec) {
        StringBuilder text = new StringBuilder(article(spec.type()));
        if (spec.itemType() != null) {
            text.append(" of ").append(spec.itemType().manifestName());
        }
        if (spec.min() != null) {
            text.append(", min ").append(trim(spec.min()));
        }
        if (spec.max() != null) {
            text.append(", max ").append(trim(spec.max()));
        }
        return text.toString();
    }

    private static String article(ParameterType type) {
        return switch (type) {
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
