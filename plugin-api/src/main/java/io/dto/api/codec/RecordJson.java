package io.dto.api.codec;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stable JSON form of the message records: camelCase field names as the record declares them, enums by name,
 * {@link Instant} as ISO-8601, {@link BigDecimal} as a JSON number. One mapping serves the event-bus wire form and
 * the REST API, so the two never disagree.
 */
public final class RecordJson {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /** The API form: {@link BigDecimal} as a JSON number, as DESIGN.md's order shape has it. */
    public static JsonObject toJson(Record record) {
        return toJson(record, false);
    }

    /**
     * The wire form: {@link BigDecimal} as a string, so amounts keep their exact digits and scale (a JSON number
     * would pass through a double when read back).
     */
    public static JsonObject toWireJson(Record record) {
        return toJson(record, true);
    }

    private static JsonObject toJson(Record record, boolean exactDecimals) {
        JsonObject json = new JsonObject();
        for (RecordComponent component : components(record.getClass())) {
            Object value = read(component, record);
            if (value != null) {
                json.put(component.getName(), toJsonValue(value, exactDecimals));
            }
        }
        return json;
    }

    /**
     * Builds a record from JSON; the record's own constructor checks run, so an invalid value fails with the
     * record's message.
     *
     * @throws IllegalArgumentException naming the field when a value has the wrong JSON type
     */
    public static <T extends Record> T fromJson(JsonObject json, Class<T> type) {
        RecordComponent[] components = components(type);
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            args[i] = fromJsonValue(json.getValue(component.getName()), component.getGenericType(),
                    component.getName());
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalArgumentException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Object toJsonValue(Object value, boolean exactDecimals) {
        if (value instanceof Record record) {
            return toJson(record, exactDecimals);
        } else if (value instanceof BigDecimal decimal && exactDecimals) {
            return decimal.toString();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Instant instant) {
            return instant.toString();
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        } else if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.put(String.valueOf(k), v == null ? null : toJsonValue(v, exactDecimals)));
            return object;
        } else if (value instanceof Iterable<?> items) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(toJsonValue(item, exactDecimals)));
            return array;
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromJsonValue(Object value, Type type, String field) {
        Class<?> raw = rawClass(type);
        if (value == null) {
            return raw == double.class ? Double.NaN : defaultPrimitive(raw);
        }
        try {
            if (raw == String.class) {
                return expect(value, String.class, field);
            } else if (raw == BigDecimal.class) {
                if (value instanceof String s) {
                    return new BigDecimal(s);
                }
                return new BigDecimal(expect(value, Number.class, field).toString());
            } else if (raw == double.class || raw == Double.class) {
                return expect(value, Number.class, field).doubleValue();
            } else if (raw == long.class || raw == Long.class) {
                return wholeNumber(value, field);
            } else if (raw == int.class || raw == Integer.class) {
                return Math.toIntExact(wholeNumber(value, field));
            } else if (raw == boolean.class || raw == Boolean.class) {
                return expect(value, Boolean.class, field);
            } else if (raw == Instant.class) {
                return Instant.parse(expect(value, String.class, field));
            } else if (raw.isEnum()) {
                String name = expect(value, String.class, field);
                try {
                    return Enum.valueOf((Class<Enum>) raw, name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(field + " must be one of "
                            + Arrays.toString(raw.getEnumConstants()) + ", got '" + name + "'");
                }
            } else if (raw.isRecord()) {
                return fromJson(expect(value, JsonObject.class, field), (Class<Record>) raw);
            } else if (Map.class.isAssignableFrom(raw)) {
                Type valueType = typeArgument(type, 1);
                Map<String, Object> map = new LinkedHashMap<>();
                expect(value, JsonObject.class, field).forEach(e ->
                        map.put(e.getKey(), fromJsonValue(e.getValue(), valueType, field + "." + e.getKey())));
                return map;
            } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                Type itemType = typeArgument(type, 0);
                List<Object> items = new ArrayList<>();
                for (Object item : expect(value, JsonArray.class, field)) {
                    items.add(fromJsonValue(item, itemType, field + "[]"));
                }
                if (Set.class.isAssignableFrom(raw)) {
                    Class<?> itemClass = rawClass(itemType);
                    return itemClass.isEnum() && !items.isEmpty()
                            ? EnumSet.copyOf((List) items) : new LinkedHashSet<>(items);
                }
                return items;
            } else if (raw == Object.class) {
                return value instanceof JsonObject o ? o.getMap() : value instanceof JsonArray a ? a.getList() : value;
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + " has an invalid value '" + value + "'");
        }
        throw new IllegalStateException("no JSON mapping for " + raw.getName() + " (field " + field + ")");
    }

    private static long wholeNumber(Object value, String field) {
        Number number = expect(value, Number.class, field);
        double d = number.doubleValue();
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException(field + " must be a whole number, got " + number);
        }
        return number.longValue();
    }

    private static <V> V expect(Object value, Class<V> type, String field) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(field + " must be " + describe(type) + ", got "
                    + (value instanceof String ? "\"" + value + "\"" : value));
        }
        return type.cast(value);
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (Number.class.isAssignableFrom(type)) {
            return "a number";
        } else if (type == Boolean.class) {
            return "true or false";
        } else if (type == JsonArray.class) {
            return "an array";
        }
        return "an object";
    }

    private static Object defaultPrimitive(Class<?> raw) {
        if (raw == long.class) {
            return 0L;
        } else if (raw == int.class) {
            return 0;
        } else if (raw == boolean.class) {
            return false;
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
