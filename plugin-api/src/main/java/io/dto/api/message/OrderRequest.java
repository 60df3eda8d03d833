package io.dto.api.message;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A request for a new order. The shape is the REST body of {@code POST /api/orders}.
 *
 * @param id the gateway's ClOrdID; {@code null} until the order manager accepts the request
 * @param clientOrderId the caller's idempotency key: a retried submit with the same key returns the first order
 * @param price the limit price (LIMIT and STOP_LIMIT only)
 * @param stopPrice the trigger price (STOP and STOP_LIMIT only)
 */
public record OrderRequest(String id, String clientOrderId, String account, String strategyId, String broker,
        String symbol, Side side, OrderType type, BigDecimal quantity, BigDecimal price, BigDecimal stopPrice,
        TimeInForce timeInForce) {

    public OrderRequest {
        requireText(symbol, "symbol");
        Objects.requireNonNull(side, "side is required (BUY, SELL or SELL_SHORT)");
        Objects.requireNonNull(type, "type is required (MARKET, LIMIT, STOP or STOP_LIMIT)");
        Objects.requireNonNull(quantity, "quantity is required");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity.toPlainString());
        }
        if (type.needsLimitPrice() && price == null) {
            throw new IllegalArgumentException(type + " order needs a price");
        }
        if (!type.needsLimitPrice() && price != null) {
            throw new IllegalArgumentException(type + " order takes no limit price");
        }
        if (price != null && price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
        }
        if (type.needsStopPrice() && stopPrice == null) {
            throw new IllegalArgumentException(type + " order needs a stopPrice");
        }
        if (stopPrice != null && stopPrice.signum() <= 0) {
            throw new IllegalArgumentException("stopPrice must be positive, got " + stopPrice.toPlainString());
        }
        if (timeInForce == null) {
            timeInForce = TimeInForce.DAY;
        }
    }

    /** The same request under the ClOrdID the order manager gave it. */
    public OrderRequest withId(String newId) {
        return new OrderRequest(newId, clientOrderId, account, strategyId, broker, symbol, side, type, quantity,
                price, stopPrice, timeInForce);
    }

    /** The same request routed to another broker or account (the order manager fills in defaults). */
    public OrderRequest withRouting(String newBroker, String newAccount) {
        return new OrderRequest(id, clientOrderId, newAccount, strategyId, newBroker, symbol, side, type, quantity,
                price, stopPrice, timeInForce);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
