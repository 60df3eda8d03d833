package io.dto.gateway.account;

import io.dto.gateway.persistence.AccountRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Cash and the day's realized P&amp;L of one account; mutable, on the order manager's context only. */
final class AccountState {

    private final String id;
    private final String currency;
    private BigDecimal cash;
    private BigDecimal dailyRealizedPnl = BigDecimal.ZERO;
    private LocalDate tradingDay;
    private Instant updatedAt;

    AccountState(String id, String currency, BigDecimal cash, LocalDate tradingDay, Instant at) {
        this.id = id;
        this.currency = currency;
        this.cash = cash;
        this.tradingDay = tradingDay;
        this.updatedAt = at;
    }

    static AccountState restore(AccountRecord record) {
        AccountState state = new AccountState(record.id(), record.currency(), record.cash(), record.tradingDay(),
                record.updatedAt());
        state.dailyRealizedPnl = record.dailyRealizedPnl();
        return state;
    }

    /** A buy pays for its fill, a sell receives; realized P&amp;L counts toward the day. */
    void applyFill(BigDecimal signedQuantity, BigDecimal price, BigDecimal realized, LocalDate day, Instant at) {
        rollTo(day);
        cash = Money.round(cash.subtract(signedQuantity.multiply(price)));
        dailyRealizedPnl = dailyRealizedPnl.add(realized);
        updatedAt = at;
    }

    /** Starts a new trading day's P&amp;L when the day has changed. */
    void rollTo(LocalDate day) {
        if (!day.equals(tradingDay)) {
            tradingDay = day;
            dailyRealizedPnl = BigDecimal.ZERO;
        }
    }

    String id() {
        return id;
    }

    String currency() {
        return currency;
    }

    BigDecimal cash() {
        return cash;
    }

    BigDecimal dailyRealizedPnl() {
        return dailyRealizedPnl;
    }

    AccountRecord record() {
        return new AccountRecord(id, currency, cash, dailyRealizedPnl, tradingDay, updatedAt);
    }
}
