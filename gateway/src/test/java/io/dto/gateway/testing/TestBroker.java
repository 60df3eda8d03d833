package io.dto.gateway.testing;

import io.dto.api.Addresses;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A broker on the bus, as the broker contract has it: takes requests on {@code broker.<id>.orders} (replying when
 * taken) and publishes execution reports on {@code broker.<id>.reports}. Acknowledges new orders, fills them when
 * told to, cancels and replaces on request.
 */
public final class TestBroker extends VerticleBase {

    private final String id;
    private final BigDecimal fillPrice;
    private final List<Object> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger execIds = new AtomicInteger();
    private volatile boolean fillOnArrival;
    private volatile boolean silentOnNewOrders;
    private final java.util.Map<String, OrderRequest> orders = new java.util.concurrent.ConcurrentHashMap<>();

    public TestBroker(String id, BigDecimal fillPrice, boolean fillOnArrival) {
        this.id = id;
        this.fillPrice = fillPrice;
        this.fillOnArrival = fillOnArrival;
    }

    @Override
    public Future<?> start() {
        return vertx.eventBus().<Object>consumer(Addresses.brokerOrders(id), this::onRequest).completion();
    }

    public List<Object> received() {
        return received;
    }

    public void fillOnArrival(boolean fill) {
        this.fillOnArrival = fill;
    }

    /** Takes new orders without answering (the gateway times out) and acknowledges them only when asked. */
    public void silentOnNewOrders(boolean silent) {
        this.silentOnNewOrders = silent;
    }

    private void onRequest(Message<Object> message) {
        received.add(message.body());
        if (message.body() instanceof OrderRequest order && silentOnNewOrders) {
            orders.put(order.id(), order);
            return;
        }
        message.reply(null);
        if (message.body() instanceof String orderId && orders.containsKey(orderId)) {
            OrderRequest order = orders.get(orderId);
            publish(report(order.id(), null, ExecType.ORDER_STATUS, OrderStatus.NEW, order, BigDecimal.ZERO,
                    BigDecimal.ZERO, order.quantity()));
        } else if (message.body() instanceof OrderRequest order) {
            publish(report(order.id(), null, ExecType.NEW, OrderStatus.NEW, order, BigDecimal.ZERO, BigDecimal.ZERO,
                    order.quantity()));
            if (fillOnArrival) {
                publish(report(order.id(), null, ExecType.TRADE, OrderStatus.FILLED, order, order.quantity(),
                        order.quantity(), BigDecimal.ZERO));
            }
        } else if (message.body() instanceof CancelRequest cancel) {
            publish(new ExecutionReport(id, cancel.cancelId(), cancel.orderId(), null, nextExecId(), ExecType.CANCELED,
                    OrderStatus.CANCELED, cancel.symbol(), cancel.side(), null, null, null, BigDecimal.ZERO, null,
                    "canceled on request", Instant.now(), false));
        } else if (message.body() instanceof ReplaceRequest replace) {
            publish(new ExecutionReport(id, replace.newOrderId(), replace.orderId(), null, nextExecId(),
                    ExecType.REPLACED, OrderStatus.NEW, replace.symbol(), replace.side(), null, null, null,
                    replace.quantity(), null, null, Instant.now(), false));
        }
    }

    /** A report for an order, with a fresh ExecID. */
    public ExecutionReport report(String orderId, String origOrderId, ExecType type, OrderStatus status,
            OrderRequest order, BigDecimal lastQuantity, BigDecimal cumulative, BigDecimal leaves) {
        BigDecimal price = lastQuantity.signum() > 0 ? fillPrice : BigDecimal.ZERO;
        return new ExecutionReport(id, orderId, origOrderId, "B-" + orderId, nextExecId(), type, status,
                order.symbol(), order.side(), lastQuantity, price, cumulative, leaves, price, null, Instant.now(),
                false);
    }

    public void publish(ExecutionReport report) {
        vertx.eventBus().publish(Addresses.brokerReports(id), report);
    }

    private String nextExecId() {
        return id + "-E" + execIds.incrementAndGet();
    }
}
