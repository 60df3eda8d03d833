package io.dto.api.message;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Cash and margin of one trading account.
 *
 * @param equity cash plus the market value of positions (the guide's {@code total_value})
 * @param marginAvailable equity less margin in use (the guide's {@code margin_available})
 * @param dailyPnl realized plus unrealized P&amp;L since the start of the trading day
 */
public record Account(String id, String currency, BigDecimal cash, BigDecimal equity, BigDecimal buyingPower,
        BigDecimal marginInUse, BigDecimal marginAvailable, BigDecimal realizedPnl, BigDecimal unrealizedPnl,
        BigDecimal dailyPnl, Instant updatedAt) {
}
