package io.dto.plugins.paper;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One order at the paper venue: what was asked (changed by a replace), whether its stop has triggered, and what is
 * filled. Not thread-safe: used on the broker's context only.
 */
final class PaperOrder {

    final String brokerOrderId;
    final String symbol;
    final Side side;
    String id;
    OrderType type;
    BigDecimal quantity;
    BigDecimal price;
    BigDecimal stopPrice;
    TimeInForce timeInForce;
    boolean triggered;
    BigDecimal filled = BigDecimal.ZERO;
    BigDecimal notional = BigDecimal.ZERO;
    OrderStatus status = OrderStatus.NEW;

    PaperOrder(OrderRequest request, String brokerOrderId) {
        this.brokerOrderId = brokerOrderId;
        this.id = request.id();
        this.symbol = request.symbol();
        this.side = request.side();
        this.type = request.type();
        this.quantity = request.quantity();
        this.price = request.price();
        this.stopPrice = request.stopPrice();
        this.timeInForce = request.timeInForce();
    }

    boolean isBuy() {
        return side == Side.BUY;
    }

    BigDecimal leaves() {
        return status.isTerminal() ? BigDecimal.ZERO : quantity.subtract(filled);
    }

    /** Whether the order can execute: not a stop, or a stop whose trigger price was reached. */
    boolean active() {
        return !type.needsStopPrice() || triggered;
    }

    /** The limit price, or {@code null} for an order that takes any price (MARKET, triggered STOP). */
    BigDecimal limit() {
        return type.needsLimitPrice() ? price : null;
    }

    BigDecimal averagePrice() {
        return filled.signum() == 0 ? BigDecimal.ZERO
                : notional.divide(filled, MathContext.DECIMAL64).stripTrailingZeros();
    }

    void fill(BigDecimal fillQuantity, BigDecimal fillPrice) {
        filled = filled.add(fillQuantity);
        notional = notional.add(fillQuantity.multiply(fillPrice));
        status = filled.compareTo(quantity) >= 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    /** The status of a live order after a replace: what it has filled so far decides. */
    OrderStatus workingStatus() {
        return filled.signum() == 0 ? OrderStatus.NEW : OrderStatus.PARTIALLY_FILLED;
    }
}
