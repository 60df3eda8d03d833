package io.dto.plugins.fixsim.book;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;

/**
 * An immutable snapshot of one order, taken when an event happened to it.
 *
 * @param price the limit price, {@code null} for market orders
 * @param avgPx the average fill price, zero before the first fill
 */
public record OrderView(String orderId, String symbol, Side side, OrderType type, BigDecimal price,
        TimeInForce timeInForce, long orderQty, long cumQty, long leavesQty, BigDecimal avgPx, OrderStatus status) {

    /** The view of an order refused before it reached a book (unknown symbol, duplicate id, ...). */
    public static OrderView rejected(String orderId, String symbol, Side side, OrderType type, BigDecimal price,
            TimeInForce timeInForce, long orderQty) {
        return new OrderView(orderId, symbol, side, type, price, timeInForce, orderQty, 0, 0, BigDecimal.ZERO,
                OrderStatus.REJECTED);
    }

    public boolean isLive() {
        return !status.isTerminal();
    }
}
