package io.dto.api;

import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import java.util.List;

/**
 * A way to a venue. The gateway calls these only after its risk gate, rate limit and circuit breaker passed the
 * order; the futures say whether the request reached the venue, and what the venue did arrives as execution
 * reports. A broker plugin never retries a new order by itself: a resent NewOrderSingle is a second order.
 */
public interface BrokerPlugin extends Plugin {

    /** Connects (for FIX, starts the sessions); reports flow into the sink from then on. */
    Future<Void> connect(ExecutionReportSink sink);

    /** Sends a new order; {@link OrderRequest#id()} is the ClOrdID to use. */
    Future<Void> submitOrder(OrderRequest order);

    Future<Void> cancelOrder(CancelRequest request);

    Future<Void> replaceOrder(ReplaceRequest request);

    /** Asks the venue for the state of an order (FIX OrderStatusRequest); the answer is an execution report. */
    Future<Void> requestOrderStatus(String orderId);

    /** The broker's sessions, for {@code GET /api/sessions}. */
    default List<BrokerSessionStatus> sessions() {
        return List.of();
    }
}
