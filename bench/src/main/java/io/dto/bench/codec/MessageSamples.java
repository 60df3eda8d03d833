package io.dto.bench.codec;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic instance of every message record the bus carries ({@code MessageCodecs.MESSAGE_TYPES}). */
final class MessageSamples {

    private static final Instant T = Instant.parse("2026-11-25T14:30:00.123456Z");
    private static final BigDecimal QTY = new BigDecimal("10");
    private static final BigDecimal PX = new BigDecimal("187.50");

    private MessageSamples() {
    }

    static List<Record> all() {
        return List.of(
                new Tick("AAPL", T, 187.5, 100, Side.BUY),
                new Quote("AAPL", T, 187.49, 300, 187.51, 200),
                new Bar("AAPL", "1m", T, 187.0, 188.0, 186.5, 187.5, 12_000),
                new Signal("ma-crossover", "AAPL", SignalAction.BUY, 0.8, 187.5, T,
                        Map.of("short_ma", 187.2, "long_ma", 186.9)),
                new OrderRequest("O-1", "c-1", "DEMO", "ma-crossover", "fix", "AAPL", Side.BUY, OrderType.LIMIT, QTY,
                        PX, null, TimeInForce.DAY),
                new CancelRequest("O-1", "C-1", "fix", "AAPL", Side.BUY, "user"),
                new ReplaceRequest("O-1", "O-2", "fix", "AAPL", Side.BUY, OrderType.LIMIT, QTY, PX, null,
                        TimeInForce.DAY),
                new ExecutionReport("fix", "O-1", null, "B-1", "E-1", ExecType.TRADE, OrderStatus.PARTIALLY_FILLED,
                        "AAPL", Side.BUY, new BigDecimal("4"), PX, new BigDecimal("4"), new BigDecimal("6"), PX, null,
                        T, false),
                new OrderEvent("O-1", "c-1", "ma-crossover", "fix", "DEMO", "AAPL", Side.BUY, OrderType.LIMIT,
                        TimeInForce.DAY, QTY, PX, null, OrderStatus.FILLED, QTY, PX, QTY, PX, null, T),
                new Position("DEMO", "AAPL", QTY, PX, BigDecimal.ONE, BigDecimal.TEN, PX, T),
                new Account("DEMO", "USD", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE,
                        BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, T),
                new IndicatorValue("indicators", "AAPL", T, 54.2, IndicatorSignal.HOLD, 0.1,
                        Map.of("sma:20", 187.1, "ema:20", 187.2)),
                RiskDecision.reject("max_notional", "notional 125000.00 exceeds limit 100000.00"),
                new PortfolioRisk("risk", false, Map.of("var_95", 1234.5), List.of("VaR above limit"), T),
                new BrokerSessionStatus("fix", "FIX.4.4:DTO->FIXSIM", true, 12, 9, T, "logged on"),
                new PluginLifecycleEvent("ma-crossover", "1.0.0", PluginState.RUNNING, null, T));
    }

    /** The sample of the record named {@code simpleName}. */
    static Record named(String simpleName) {
        return all().stream().filter(r -> r.getClass().getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample of " + simpleName));
    }
}
