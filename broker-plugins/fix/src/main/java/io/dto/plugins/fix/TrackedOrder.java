package io.dto.plugins.fix;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One order as the plugin has reported it to the gateway: its terms, the status and fills delivered so far, and the
 * ExecIDs applied. A replacement (cancel/replace) is an order of its own that names the one it replaces. Mutable,
 * and touched only under the {@link OrderTracker}'s lock.
 */
final class TrackedOrder {

    private final String id;
    private final String replaces;
    private final String symbol;
    private final Side side;
    private final OrderType type;
    private final BigDecimal quantity;
    private final BigDecimal price;
    private final BigDecimal stopPrice;
    private final TimeInForce timeInForce;
    private final Instant submittedAt;
    private final Set<String> execIds = new HashSet<>();
    private OrderStatus status = OrderStatus.PENDING_NEW;
    private BigDecimal cumQty = BigDecimal.ZERO;
    private BigDecimal avgPx = BigDecimal.ZERO;
    private String venueOrderId;
    private Instant updatedAt;

    TrackedOrder(String id, String replaces, String symbol, Side side, OrderType type, BigDecimal quantity,
            BigDecimal price, BigDecimal stopPrice, TimeInForce timeInForce, Instant submittedAt) {
        this.id = id;
        this.replaces = replaces;
        this.symbol = symbol;
        this.side = side;
        this.type = type;
        this.quantity = quantity;
        this.price = price;
        this.stopPrice = stopPrice;
        this.timeInForce = timeInForce;
        this.submittedAt = submittedAt;
        this.updatedAt = submittedAt;
    }

    String id() {
        return id;
    }

    /** The ClOrdID of the order this one replaces, or {@code null} for a new order. */
    String replaces() {
        return replaces;
    }

    String symbol() {
        return symbol;
    }

    Side side() {
        return side;
    }

    OrderType type() {
        return type;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal price() {
        return price;
    }

    BigDecimal stopPrice() {
        return stopPrice;
    }

    TimeInForce timeInForce() {
        return timeInForce;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    OrderStatus status() {
        return status;
    }

    BigDecimal cumQty() {
        return cumQty;
    }

    BigDecimal avgPx() {
        return avgPx;
    }

    String venueOrderId() {
        return venueOrderId;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean isLive() {
        return !status.isTerminal();
    }

    /** Whether the venue has acknowledged the order in any way (anything after PENDING_NEW). */
    boolean isAcknowledged() {
        return status != OrderStatus.PENDING_NEW;
    }

    boolean seen(String execId) {
        return execIds.contains(execId);
    }

    /** Applies a delivered report: its ExecID, status, fill and the venue's order id. */
    void apply(String execId, OrderStatus next, BigDecimal lastQty, BigDecimal lastPx, String venueId, Instant at) {
        execIds.add(execId);
        if (lastQty != null && lastQty.signum() > 0) {
            BigDecimal cost = avgPx.multiply(cumQty).add(lastPx.multiply(lastQty));
            cumQty = cumQty.add(lastQty);
            avgPx = cost.divide(cumQty, MathContext.DECIMAL64);
        }
        if (venueId != null) {
            venueOrderId = venueId;
        }
        status = next;
        updatedAt = at;
    }

    /** A replacement takes over the fills of the order it replaces (FIX CumQty carries over a cancel/replace). */
    void continueFrom(TrackedOrder replaced) {
        cumQty = replaced.cumQty;
        avgPx = replaced.avgPx;
    }

    /** Ends the order here without a report from the venue (it never reached it). */
    void close(OrderStatus terminal, Instant at) {
        status = terminal;
        updatedAt = at;
    }

    @Override
    public String toString() {
        return id + " " + side + " " + quantity.toPlainString() + " " + symbol + " " + status + " filled "
                + cumQty.toPlainString();
    }
}
