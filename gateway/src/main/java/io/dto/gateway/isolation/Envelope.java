package io.dto.gateway.isolation;

import io.dto.api.codec.MessageCodecs;
import io.dto.api.codec.RecordJson;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A bus message as it crosses the bridge between the gateway and a plugin-host process:
 * {@code {"op": ..., "address": ..., "type": ..., "body": ...}}. Message records travel in their stable JSON form
 * ({@link RecordJson}) with their simple name as {@code type}; JSON objects, arrays, strings, numbers and booleans as
 * themselves. Anything else cannot cross.
 */
final class Envelope {

    static final String OP = "op";
    static final String ADDRESS = "address";
    static final String TYPE = "type";
    static final String BODY = "body";

    private static final Map<String, Class<? extends Record>> RECORDS = MessageCodecs.MESSAGE_TYPES.stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private Envelope() {
    }

    static JsonObject wrap(String op, String address, Object body) {
        JsonObject envelope = new JsonObject().put(OP, op).put(ADDRESS, address);
        if (body instanceof Record record && RECORDS.containsKey(record.getClass().getSimpleName())) {
            return envelope.put(TYPE, record.getClass().getSimpleName()).put(BODY, RecordJson.toJson(record));
        }
        if (body == null || body instanceof JsonObject || body instanceof JsonArray || body instanceof String
                || body instanceof Number || body instanceof Boolean) {
            return envelope.put(TYPE, "json").put(BODY, body);
        }
        throw new IllegalArgumentException("a " + body.getClass().getName() + " cannot cross to or from a plugin-host "
                + "process: send a message record or JSON");
    }

    /** The body as the bus carries it in a JVM: a message record or plain JSON. */
    static Object unwrap(JsonObject envelope) {
        String type = envelope.getString(TYPE, "json");
        Object body = envelope.getValue(BODY);
        if (type.equals("json")) {
            return body;
        }
        Class<? extends Record> record = RECORDS.get(type);
        if (record == null || !(body instanceof JsonObject json)) {
            throw new IllegalArgumentException("unknown message type '" + type + "'");
        }
        return RecordJson.fromJson(json, record);
    }

    static String inAddress(String pluginId) {
        return "isolation." + pluginId + ".in";
    }

    static String outAddress(String pluginId) {
        return "isolation." + pluginId + ".out";
    }
}
