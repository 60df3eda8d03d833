package io.dto.api.message;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A position in one symbol for one account.
 *
 * @param quantity signed: positive long, negative short
 * @param averagePrice the average entry price of the open quantity
 * @param marketPrice the last price the position was marked to
 */
public record Position(String account, String symbol, BigDecimal quantity, BigDecimal averagePrice,
        BigDecimal realizedPnl, BigDecimal unrealizedPnl, BigDecimal marketPrice, Instant updatedAt) {

    public BigDecimal marketValue() {
        return quantity.multiply(marketPrice);
    }

    public boolean isFlat() {
        return quantity.signum() == 0;
    }
}
