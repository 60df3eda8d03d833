package io.dto.api.codec;

import io.dto.api.message.Account;
import io.dto.api.message.Bar;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.Position;
import io.dto.api.message.Quote;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.vertx.core.eventbus.EventBus;
import java.util.List;

/** Registers a {@link RecordCodec} as the default codec of every message record. */
public final class MessageCodecs {

    /** Every record that travels on the bus. */
    public static final List<Class<? extends Record>> MESSAGE_TYPES = List.of(
            Tick.class, Quote.class, Bar.class, Signal.class, OrderRequest.class, CancelRequest.class,
            ReplaceRequest.class, ExecutionReport.class, OrderEvent.class, Position.class, Account.class,
            IndicatorValue.class, RiskDecision.class, PortfolioRisk.class, BrokerSessionStatus.class,
            PluginLifecycleEvent.class);

    private MessageCodecs() {
    }

    /** Call once per Vert.x instance, before any message record is sent. */
    public static void registerAll(EventBus bus) {
        for (Class<? extends Record> type : MESSAGE_TYPES) {
            register(bus, type);
        }
    }

    private static <T extends Record> void register(EventBus bus, Class<T> type) {
        bus.registerDefaultCodec(type, new RecordCodec<>(type));
    }
}
