package io.dto.gateway.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The persisted part of an account: what cannot be derived from positions and quotes.
 *
 * @param dailyRealizedPnl realized P&amp;L since the start of {@code tradingDay}
 */
public record AccountRecord(String id, String currency, BigDecimal cash, BigDecimal dailyRealizedPnl,
        LocalDate tradingDay, Instant updatedAt) {
}
