package io.dto.api.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.PluginState;
import io.dto.api.message.Account;
import io.dto.api.message.Bar;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.IndicatorSignal;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.Position;
import io.dto.api.message.Quote;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.api.message.Tick;
import io.dto.api.message.TimeInForce;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    private static final Instant T = Instant.parse("2026-11-25T14:30:00.123456Z");
    private static final BigDecimal QTY = new BigDecimal("10");
    private static final BigDecimal PX = new BigDecimal("187.50");

    /** One sample of every message record, with every field set. */
    static List<Record> samples() {
        return List.of(
                new Tick("AAPL", T, 187.5, 100, Side.BUY),
                new Quote("AAPL", T, 187.49, 300, 187.51, 200),
                new Bar("AAPL", "1m", T, 187.0, 188.0, 186.5, 187.5, 12_000),
                new Signal("ma", "AAPL", SignalAction.BUY, 0.8, 187.5, T, Map.of("short_ma", 187.2, "note", "x")),
                new OrderRequest("O-1", "c-1", "DEMO", "ma", "paper", "AAPL", Side.BUY, OrderType.STOP_LIMIT, QTY,
                        PX, new BigDecimal("187.00"), TimeInForce.GTC),
                new CancelRequest("O-1", "C-1", "paper", "AAPL", Side.BUY, "user"),
                new ReplaceRequest("O-1", "O-2", "paper", "AAPL", Side.BUY, OrderType.LIMIT, QTY, PX, null,
                        TimeInForce.DAY),
                new ExecutionReport("paper", "O-1", null, "B-1", "E-1", ExecType.TRADE, OrderStatus.PARTIALLY_FILLED,
                        "AAPL", Side.BUY, new BigDecimal("4"), PX, new BigDecimal("4"), new BigDecimal("6"), PX, "ok",
                        T, true),
                new OrderEvent("O-1", "c-1", "ma", "paper", "DEMO", "AAPL", Side.BUY, OrderType.LIMIT,
                        TimeInForce.DAY, QTY, PX, null, OrderStatus.FILLED, QTY, PX, QTY, PX, null, T),
                new Position("DEMO", "AAPL", QTY, PX, BigDecimal.ONE, BigDecimal.TEN, PX, T),
                new Account("DEMO", "USD", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE,
                        BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, T),
                new IndicatorValue("mom", "AAPL", T, 0.42, IndicatorSignal.BUY, 0.6, Map.of("vwap", 187.1)),
                RiskDecision.reject("max_notional", "notional 125000.00 exceeds limit 100000.00"),
                new PortfolioRisk("risk", false, Map.of("var_95", 1234.5), List.of("VaR above limit"), T),
                new BrokerSessionStatus("fix", "FIX.4.4:DTO->FIXSIM", true, 12, 9, T, "logged on"),
                new PluginLifecycleEvent("ma", "1.0.0", PluginState.RUNNING, null, T));
    }

    @Test
    @DisplayName("every message record has a registered codec and survives the wire form unchanged")
    void shouldRoundTripEveryRecordOnTheWire() {
        assertThat(samples().stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(MessageCodecs.MESSAGE_TYPES);
        for (Record sample : samples()) {
            assertThat(roundTrip(sample)).as(sample.getClass().getSimpleName()).isEqualTo(sample);
        }
    }

    @Test
    @DisplayName("inside one JVM a record is passed as is, without a copy")
    void shouldNotCopyLocally() {
        Tick tick = new Tick("AAPL", T, 1.0, 1, null);
        assertThat(new RecordCodec<>(Tick.class).transform(tick)).isSameAs(tick);
    }

    @Test
    @DisplayName("a field of the wrong JSON type is named in the error, and record invariants still hold")
    void shouldNameBadFields() {
        JsonObject order = new JsonObject().put("symbol", "AAPL").put("side", "BUY").put("type", "LIMIT")
                .put("quantity", "ten").put("price", 1);
        assertThatThrownBy(() -> RecordJson.fromJson(order, OrderRequest.class))
                .hasMessage("quantity has an invalid value 'ten'");
        order.put("quantity", -5);
        assertThatThrownBy(() -> RecordJson.fromJson(order, OrderRequest.class))
                .hasMessage("quantity must be positive, got -5");
        order.put("quantity", 5).put("side", "LONG");
        assertThatThrownBy(() -> RecordJson.fromJson(order, OrderRequest.class))
                .hasMessageContaining("side must be one of [BUY, SELL, SELL_SHORT], got 'LONG'");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> T roundTrip(T record) {
        RecordCodec<T> codec = new RecordCodec<>((Class<T>) record.getClass());
        Buffer wire = Buffer.buffer().appendString("prefix");
        codec.encodeToWire(wire, record);
        return codec.decodeFromWire("prefix".length(), wire);
    }
}
