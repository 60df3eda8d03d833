package io.dto.testkit;

import io.dto.api.Addresses;
import io.dto.api.BrokerPlugin;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Quote;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a {@link BrokerPlugin} as the gateway's broker host does: {@code connect(sink)} with a
 * {@link CollectingExecutionReportSink}, then orders, cancels and replaces. Each action returns the reports the
 * broker produced while handling it. Quotes (and any other message) reach the broker's bus consumers with
 * {@link #publishQuote}.
 *
 * <p>Order ids: the order factories ({@link #market}, {@link #limit}, ...) number orders {@code ORD-1},
 * {@code ORD-2}, ... and cancels {@code CXL-1}, ...; the harness remembers submitted orders so {@link #cancel(String)}
 * and {@link #replace(String, BigDecimal, BigDecimal)} can fill in symbol and side.
 *
 * <p>Threading: plugin calls and bus handlers run on the calling thread, as on the plugin's event loop.
 */
public final class BrokerHarness<P extends BrokerPlugin> extends TypedHarness<P> {

    private static final long DISPLAYED_SIZE = 1_000;

    private final CollectingExecutionReportSink reports = new CollectingExecutionReportSink();
    private final Map<String, OrderRequest> submitted = new HashMap<>();
    private long nextOrder = 1;
    private long nextCancel = 1;

    private BrokerHarness(PluginHarness<P> harness) {
        super(harness);
    }

    /** Builds a harness with the manifest beside the plugin's class and this configuration, then connects it. */
    public static <P extends BrokerPlugin> BrokerHarness<P> start(P plugin, JsonObject config) {
        return start(PluginHarness.builder(plugin).config(config).build());
    }

    /** Initializes the harness's plugin unless the test already did, then calls {@code connect(sink)}. */
    public static <P extends BrokerPlugin> BrokerHarness<P> start(PluginHarness<P> harness) {
        BrokerHarness<P> broker = new BrokerHarness<>(initialized(harness));
        harness.await(harness.plugin().connect(broker.reports), "connect");
        return broker;
    }

    public CollectingExecutionReportSink reports() {
        return reports;
    }

    /** {@code submitOrder}; returns the reports produced meanwhile. A failed future throws. */
    public List<ExecutionReport> submit(OrderRequest order) {
        submitted.put(order.id(), order);
        return during(() -> harness.await(harness.plugin().submitOrder(order), "submitOrder " + order.id()));
    }

    /** The completed future of {@code submitOrder}, for a test that expects the request itself to fail. */
    public Future<Void> trySubmit(OrderRequest order) {
        submitted.put(order.id(), order);
        return harness.completed(harness.plugin().submitOrder(order), "submitOrder " + order.id());
    }

    /** Cancels an order this harness submitted (cancel ids {@code CXL-1}, ...). */
    public List<ExecutionReport> cancel(String orderId) {
        OrderRequest order = submitted.get(orderId);
        return cancel(new CancelRequest(orderId, "CXL-" + nextCancel++, harness.pluginId(),
                order == null ? null : order.symbol(), order == null ? null : order.side(), "test"));
    }

    public List<ExecutionReport> cancel(CancelRequest request) {
        return during(() -> harness.await(harness.plugin().cancelOrder(request), "cancelOrder " + request.orderId()));
    }

    public Future<Void> tryCancel(CancelRequest request) {
        return harness.completed(harness.plugin().cancelOrder(request), "cancelOrder " + request.orderId());
    }

    /**
     * Replaces an order this harness submitted with a new quantity and/or price ({@code null} keeps the old one),
     * under the next order id; returns the reports produced meanwhile.
     */
    public List<ExecutionReport> replace(String orderId, BigDecimal newQuantity, BigDecimal newPrice) {
        return replace(replacement(orderId, newQuantity, newPrice));
    }

    /** The request {@link #replace(String, BigDecimal, BigDecimal)} sends, for a test that sends it itself. */
    public ReplaceRequest replacement(String orderId, BigDecimal newQuantity, BigDecimal newPrice) {
        OrderRequest order = submitted.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("order " + orderId + " was not submitted through this harness; "
                    + "build the ReplaceRequest yourself");
        }
        return new ReplaceRequest(orderId, nextOrderId(), harness.pluginId(), order.symbol(), order.side(),
                order.type(), newQuantity != null ? newQuantity : order.quantity(),
                newPrice != null ? newPrice : order.price(), order.stopPrice(), order.timeInForce());
    }

    public List<ExecutionReport> replace(ReplaceRequest request) {
        OrderRequest original = submitted.get(request.orderId());
        if (original != null && request.newOrderId() != null) {
            submitted.put(request.newOrderId(), original);
        }
        return during(() -> harness.await(harness.plugin().replaceOrder(request), "replaceOrder "
                + request.orderId()));
    }

    public Future<Void> tryReplace(ReplaceRequest request) {
        return harness.completed(harness.plugin().replaceOrder(request), "replaceOrder " + request.orderId());
    }

    public List<ExecutionReport> requestOrderStatus(String orderId) {
        return during(() -> harness.await(harness.plugin().requestOrderStatus(orderId), "requestOrderStatus"));
    }

    /** Publishes a quote (bid, ask, 1000 shares each) at the clock's time on {@code md.quote.<SYMBOL>}. */
    public List<ExecutionReport> publishQuote(String symbol, double bid, double ask) {
        return publishQuote(new Quote(symbol, harness.clock().instant(), bid, DISPLAYED_SIZE, ask, DISPLAYED_SIZE));
    }

    /** Publishes a quote at the clock's time on {@code md.quote.<SYMBOL>}. */
    public List<ExecutionReport> publishQuote(String symbol, double bid, long bidSize, double ask, long askSize) {
        return publishQuote(new Quote(symbol, harness.clock().instant(), bid, bidSize, ask, askSize));
    }

    /** Hands the quote to the broker's consumers on {@code md.quote.<SYMBOL>}; returns the reports it caused. */
    public List<ExecutionReport> publishQuote(Quote quote) {
        return during(() -> harness.bus().deliver(Addresses.quote(quote.symbol()), quote));
    }

    public OrderRequest market(String symbol, Side side, long quantity) {
        return order(symbol, side, OrderType.MARKET, quantity, null, null, TimeInForce.DAY);
    }

    public OrderRequest market(String symbol, Side side, long quantity, TimeInForce timeInForce) {
        return order(symbol, side, OrderType.MARKET, quantity, null, null, timeInForce);
    }

    public OrderRequest limit(String symbol, Side side, long quantity, double price) {
        return order(symbol, side, OrderType.LIMIT, quantity, price, null, TimeInForce.DAY);
    }

    public OrderRequest limit(String symbol, Side side, long quantity, double price, TimeInForce timeInForce) {
        return order(symbol, side, OrderType.LIMIT, quantity, price, null, timeInForce);
    }

    public OrderRequest stop(String symbol, Side side, long quantity, double stopPrice) {
        return order(symbol, side, OrderType.STOP, quantity, null, stopPrice, TimeInForce.DAY);
    }

    public OrderRequest stopLimit(String symbol, Side side, long quantity, double stopPrice, double limitPrice) {
        return order(symbol, side, OrderType.STOP_LIMIT, quantity, limitPrice, stopPrice, TimeInForce.DAY);
    }

    /** A new order with the next id, routed to this broker, strategy {@code testkit}, account {@code default}. */
    public OrderRequest order(String symbol, Side side, OrderType type, long quantity, Double price, Double stopPrice,
            TimeInForce timeInForce) {
        return new OrderRequest(nextOrderId(), null, "default", "testkit", harness.pluginId(), symbol, side, type,
                BigDecimal.valueOf(quantity), price == null ? null : BigDecimal.valueOf(price),
                stopPrice == null ? null : BigDecimal.valueOf(stopPrice), timeInForce);
    }


    private String nextOrderId() {
        return "ORD-" + nextOrder++;
    }

    private List<ExecutionReport> during(Supplier<?> action) {
        int before = reports.count();
        action.get();
        return reports.since(before);
    }
}
