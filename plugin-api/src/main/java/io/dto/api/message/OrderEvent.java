package io.dto.api.message;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The state of one order after a change, published on {@code order.events}. The REST order resource has the same
 * fields.
 *
 * @param reason why the order was rejected or canceled, in words a person can act on; {@code null} otherwise
 */
public record OrderEvent(String orderId, String clientOrderId, String strategyId, String broker, String account,
        String symbol, Side side, OrderType type, TimeInForce timeInForce, BigDecimal quantity, BigDecimal price,
        BigDecimal stopPrice, OrderStatus status, BigDecimal filledQuantity, BigDecimal averagePrice,
        BigDecimal lastQuantity, BigDecimal lastPrice, String reason, Instant timestamp) {
}
