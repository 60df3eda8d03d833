package io.dto.plugins.fixsim.book;

import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as the book receives it. Values are not validated here: the book rejects a bad quantity, a missing
 * price or an unsupported type with a {@link BookEvent.Rejected}, so the rejection is a value like any other event.
 *
 * @param price the limit price; ignored for market orders
 */
public record NewOrder(String orderId, Side side, OrderType type, BigDecimal price, long quantity,
        TimeInForce timeInForce) {

    public NewOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }

    public static NewOrder limit(String orderId, Side side, BigDecimal price, long quantity, TimeInForce tif) {
        return new NewOrder(orderId, side, OrderType.LIMIT, price, quantity, tif);
    }

    public static NewOrder market(String orderId, Side side, long quantity, TimeInForce tif) {
        return new NewOrder(orderId, side, OrderType.MARKET, null, quantity, tif);
    }
}
