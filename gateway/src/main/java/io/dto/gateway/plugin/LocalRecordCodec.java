package io.dto.gateway.plugin;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;

/**
 * A codec for gateway-internal records that only travel inside one JVM: passed by reference, never encoded. A
 * clustered bus that tried to send one to another node fails loudly instead of sending half a message.
 */
final class LocalRecordCodec<T extends Record> implements MessageCodec<T, T> {

    private final Class<T> type;

    private LocalRecordCodec(Class<T> type) {
        this.type = type;
    }

    /** Registers the codecs of every {@link RiskQuery}; call once per Vert.x instance. */
    static void registerRiskQueries(EventBus bus) {
        register(bus, RiskQuery.ValidateOrder.class);
        register(bus, RiskQuery.CheckPortfolio.class);
        register(bus, RiskQuery.PnlChange.class);
    }

    private static <T extends Record> void register(EventBus bus, Class<T> type) {
        bus.registerDefaultCodec(type, new LocalRecordCodec<>(type));
    }

    @Override
    public void encodeToWire(Buffer buffer, T record) {
        throw new UnsupportedOperationException(type.getSimpleName() + " is local to one gateway JVM");
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
        throw new UnsupportedOperationException(type.getSimpleName() + " is local to one gateway JVM");
    }

    @Override
    public T transform(T record) {
        return record;
    }

    @Override
    public String name() {
        return "dto.local." + type.getName();
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
