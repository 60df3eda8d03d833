package io.dto.api.message;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Cancel/replace an open order: a new quantity and/or price under a new ClOrdID.
 *
 * @param orderId the ClOrdID of the order being replaced (FIX OrigClOrdID)
 * @param newOrderId the ClOrdID that the replacement carries
 */
public record ReplaceRequest(String orderId, String newOrderId, String broker, String symbol, Side side,
        OrderType type, BigDecimal quantity, BigDecimal price, BigDecimal stopPrice, TimeInForce timeInForce) {

    public ReplaceRequest {
        Objects.requireNonNull(orderId, "orderId");
        if (quantity != null && quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity.toPlainString());
        }
        if (price != null && price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
        }
    }
}
