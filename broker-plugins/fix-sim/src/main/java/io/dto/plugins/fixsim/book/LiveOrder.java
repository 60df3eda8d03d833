package io.dto.plugins.fixsim.book;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The mutable state of one order while it is in the book. Confined to the book's owner, like the book. */
final class LiveOrder {

    private static final int AVG_PX_SCALE = 8;

    private final String orderId;
    private final String symbol;
    private final Side side;
    private final OrderType type;
    private final TimeInForce timeInForce;
    private BigDecimal price;
    private long orderQty;
    private long cumQty;
    private BigDecimal notional = BigDecimal.ZERO;
    private OrderStatus status = OrderStatus.NEW;

    LiveOrder(String symbol, NewOrder order) {
        this.orderId = order.orderId();
        this.symbol = symbol;
        this.side = order.side();
        this.type = order.type();
        this.timeInForce = order.timeInForce();
        this.price = type == OrderType.MARKET ? null : order.price();
        this.orderQty = order.quantity();
    }

    String orderId() {
        return orderId;
    }

    boolean isBuy() {
        return side == Side.BUY;
    }

    boolean isMarket() {
        return type == OrderType.MARKET;
    }

    TimeInForce timeInForce() {
        return timeInForce;
    }

    BigDecimal price() {
        return price;
    }

    long orderQty() {
        return orderQty;
    }

    long cumQty() {
        return cumQty;
    }

    long leavesQty() {
        return status.isTerminal() ? 0 : orderQty - cumQty;
    }

    /** Whether this order may trade against a resting order priced at {@code restingPrice}. */
    boolean crosses(BigDecimal restingPrice) {
        if (isMarket()) {
            return true;
        }
        int cmp = price.compareTo(restingPrice);
        return isBuy() ? cmp >= 0 : cmp <= 0;
    }

    void fill(long qty, BigDecimal px) {
        cumQty += qty;
        notional = notional.add(px.multiply(BigDecimal.valueOf(qty)));
        status = cumQty == orderQty ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    void cancel() {
        status = OrderStatus.CANCELED;
    }

    void amend(long newQty, BigDecimal newPrice) {
        orderQty = newQty;
        price = newPrice;
    }

    OrderView view() {
        return new OrderView(orderId, symbol, side, type, price, timeInForce, orderQty, cumQty, leavesQty(),
                averagePrice(), status);
    }

    private BigDecimal averagePrice() {
        if (cumQty == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal avg = notional.divide(BigDecimal.valueOf(cumQty), AVG_PX_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return avg.scale() < 0 ? avg.setScale(0) : avg;
    }
}
