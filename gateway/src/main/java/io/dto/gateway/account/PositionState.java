package io.dto.gateway.account;

import io.dto.api.message.Position;
import io.dto.api.message.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One position as the account book keeps it: signed quantity, average entry price of the open quantity and
 * realized P&amp;L. Mutable, on the order manager's context only.
 */
public final class PositionState {

    private final String account;
    private final String symbol;
    private BigDecimal quantity = BigDecimal.ZERO;
    private BigDecimal averagePrice = BigDecimal.ZERO;
    private BigDecimal realizedPnl = BigDecimal.ZERO;
    private BigDecimal lastFillPrice;
    private Instant updatedAt;

    PositionState(String account, String symbol) {
        this.account = account;
        this.symbol = symbol;
    }

    static PositionState restore(Position position) {
        PositionState state = new PositionState(position.account(), position.symbol());
        state.quantity = position.quantity();
        state.averagePrice = position.averagePrice();
        state.realizedPnl = position.realizedPnl();
        state.lastFillPrice = position.marketPrice();
        state.updatedAt = position.updatedAt();
        return state;
    }

    /**
     * Applies a fill: adds to the position at a new average price, or reduces it and realizes P&amp;L against the
     * average price (a fill larger than the position closes it and opens the other way at the fill price).
     *
     * @return the P&amp;L this fill realized
     */
    BigDecimal applyFill(Side side, BigDecimal fillQuantity, BigDecimal price, Instant at) {
        BigDecimal signed = side == Side.BUY ? fillQuantity : fillQuantity.negate();
        BigDecimal realized = BigDecimal.ZERO;
        if (quantity.signum() == 0 || quantity.signum() == signed.signum()) {
            BigDecimal cost = averagePrice.multiply(quantity.abs()).add(price.multiply(fillQuantity));
            quantity = quantity.add(signed);
            averagePrice = Money.round(cost.divide(quantity.abs(), Money.SCALE + 4, java.math.RoundingMode.HALF_EVEN));
        } else {
            BigDecimal closing = fillQuantity.min(quantity.abs());
            realized = Money.round(price.subtract(averagePrice).multiply(closing)
                    .multiply(BigDecimal.valueOf(quantity.signum())));
            realizedPnl = realizedPnl.add(realized);
            BigDecimal opening = fillQuantity.subtract(closing);
            quantity = quantity.add(signed);
            if (quantity.signum() == 0) {
                averagePrice = BigDecimal.ZERO;
            } else if (opening.signum() > 0) {
                averagePrice = price;
            }
        }
        lastFillPrice = price;
        updatedAt = at;
        return realized;
    }

    /** The mark: the quote mid when one is known, else the last fill price. */
    BigDecimal mark(BigDecimal quoteMid) {
        if (quoteMid != null) {
            return quoteMid;
        }
        return lastFillPrice == null ? averagePrice : lastFillPrice;
    }

    public String account() {
        return account;
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal averagePrice() {
        return averagePrice;
    }

    public BigDecimal realizedPnl() {
        return realizedPnl;
    }

    Position snapshot(BigDecimal mark) {
        BigDecimal unrealized = Money.round(mark.subtract(averagePrice).multiply(quantity));
        return new Position(account, symbol, quantity, averagePrice, realizedPnl,
                quantity.signum() == 0 ? BigDecimal.ZERO : unrealized, mark, updatedAt);
    }
}
