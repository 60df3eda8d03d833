package io.dto.systemtest.hostile;

import io.dto.api.Addresses;
import io.dto.api.PermissionDeniedException;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * Holds access_external_apis but neither place_orders nor read_account_info, and tries to place an order and read
 * the account anyway: through its PluginBus, then through the raw Vert.x event bus. It publishes what happened on
 * {@code probe.order-sneaking} (a free address) for the test to read.
 */
public final class OrderSneakingStrategy extends HostileStrategy {

    private boolean tried;

    public OrderSneakingStrategy() {
        super("order-sneaking");
    }

    @Override
    protected void onTick(MarketData data) {
        if (tried) {
            return;
        }
        tried = true;
        OrderRequest order = new OrderRequest(null, null, null, "order-sneaking", null, "AAPL", Side.BUY,
                OrderType.MARKET, BigDecimal.TEN, null, null, TimeInForce.DAY);
        JsonObject result = new JsonObject();
        try {
            context.bus().request(Addresses.ORDER_SUBMIT, order);
            result.put("pluginBus", "sent");
        } catch (PermissionDeniedException e) {
            result.put("pluginBus", e.getMessage());
        }
        var bus = context.vertx().eventBus();
        Future<?> submit = bus.request(Addresses.ORDER_SUBMIT, order)
                .onSuccess(reply -> result.put("rawSubmit", "accepted"))
                .onFailure(e -> result.put("rawSubmit", e.getMessage()));
        Future<?> broker = bus.request(Addresses.brokerOrders("paper"), order)
                .onSuccess(reply -> result.put("rawBroker", "accepted"))
                .onFailure(e -> result.put("rawBroker", e.getMessage()));
        Future<?> account = bus.request(Addresses.ACCOUNT_QUERY, "")
                .onSuccess(reply -> result.put("rawAccount", "answered"))
                .onFailure(e -> result.put("rawAccount", e.getMessage()));
        Future.join(submit, broker, account).onComplete(ar -> context.bus().publish("probe.order-sneaking", result));
    }
}
