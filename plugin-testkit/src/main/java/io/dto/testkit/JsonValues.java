package io.dto.testkit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** Turns the Java values a test writes ({@code List.of("AAPL")}, maps) into the JSON types a configuration holds. */
final class JsonValues {

    private JsonValues() {
    }

    static Object toJson(Object value) {
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, item) -> object.put(String.valueOf(key), toJson(item)));
            return object;
        }
        return value;
    }
}
