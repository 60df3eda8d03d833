package io.dto.gateway.config;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * How accounts start and are margined ({@code account:} in gateway.yaml).
 *
 * @param startingCash the cash of an account the first time it trades (later its cash is persisted)
 * @param marginRate the share of a position's market value held as margin (0.5 is Reg T's initial 50%); buying
 *     power is margin available divided by this rate
 * @param tradingDayZone where the trading day starts: daily P&amp;L (and the daily loss limit) resets at its midnight
 */
public record AccountConfig(String currency, BigDecimal startingCash, BigDecimal marginRate, ZoneId tradingDayZone) {

    static AccountConfig from(ConfigValues account) {
        BigDecimal rate = account.positiveDecimal("margin_rate", "0.5");
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            account.problem(account.key("margin_rate") + " must be at most 1, got " + rate.toPlainString());
        }
        String zone = account.string("trading_day_zone", "America/New_York");
        ZoneId tradingDayZone = ZoneId.of("UTC");
        try {
            tradingDayZone = ZoneId.of(zone);
        } catch (DateTimeException e) {
            account.problem(account.key("trading_day_zone") + " must be a time zone such as America/New_York, got '"
                    + zone + "'");
        }
        return new AccountConfig(account.string("currency", "USD"),
                account.positiveDecimal("starting_cash", "1000000"), rate, tradingDayZone);
    }
}
