package io.dto.api.codec;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;

/**
 * Event-bus codec for an immutable message record: no copy inside one JVM (records cannot change), the
 * {@link RecordJson} form on the wire when the bus is clustered.
 */
public final class RecordCodec<T extends Record> implements MessageCodec<T, T> {

    private final Class<T> type;

    public RecordCodec(Class<T> type) {
        this.type = type;
    }

    @Override
    public void encodeToWire(Buffer buffer, T record) {
        Buffer json = RecordJson.toWireJson(record).toBuffer();
        buffer.appendInt(json.length()).appendBuffer(json);
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
        int length = buffer.getInt(pos);
        Buffer json = buffer.getBuffer(pos + 4, pos + 4 + length);
        return RecordJson.fromJson(new JsonObject(json), type);
    }

    @Override
    public T transform(T record) {
        return record;
    }

    @Override
    public String name() {
        return "dto." + type.getSimpleName();
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
