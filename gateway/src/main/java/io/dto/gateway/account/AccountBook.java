package io.dto.gateway.account;

import io.dto.api.message.Account;
import io.dto.api.message.Position;
import io.dto.api.message.Side;
import io.dto.gateway.config.AccountConfig;
import io.dto.gateway.market.QuoteBook;
import io.dto.gateway.persistence.AccountRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions per account and symbol, and each account's cash, margin and P&amp;L, marked to the last quote. Lives on
 * the order manager's context; readers get immutable {@link Position} and {@link Account} snapshots.
 *
 * <p>Equity is cash plus the signed market value of positions; margin in use is the margin rate times the gross
 * market value; buying power is margin available divided by the margin rate. Daily P&amp;L is the day's realized
 * P&amp;L plus the unrealized P&amp;L of open positions.
 */
public final class AccountBook {

    /** What one fill changed, for persistence and events. */
    public record FillResult(Position position, AccountRecord account, BigDecimal realized) {
    }

    private final AccountConfig config;
    private final QuoteBook quotes;
    private final InstantSource clock;
    private final Map<String, Map<String, PositionState>> positions = new HashMap<>();
    private final Map<String, AccountState> accounts = new LinkedHashMap<>();
    private LocalDate today;
    private long nextDayStartMillis;

    public AccountBook(AccountConfig config, QuoteBook quotes, InstantSource clock) {
        this.config = config;
        this.quotes = quotes;
        this.clock = clock;
    }

    public void restore(List<Position> savedPositions, List<AccountRecord> savedAccounts) {
        savedAccounts.forEach(a -> accounts.put(a.id(), AccountState.restore(a)));
        savedPositions.forEach(p -> positions.computeIfAbsent(p.account(), k -> new HashMap<>())
                .put(p.symbol(), PositionState.restore(p)));
    }

    public FillResult applyFill(String accountId, String symbol, Side side, BigDecimal quantity, BigDecimal price) {
        PositionState position = positions.computeIfAbsent(accountId, k -> new HashMap<>())
                .computeIfAbsent(symbol, s -> new PositionState(accountId, s));
        var at = clock.instant();
        BigDecimal realized = position.applyFill(side, quantity, price, at);
        AccountState account = account(accountId);
        account.applyFill(side == Side.BUY ? quantity : quantity.negate(), price, realized, today(), at);
        return new FillResult(snapshot(position), account.record(), realized);
    }

    /** The position, or {@code null} when the account never traded the symbol. */
    public PositionState position(String accountId, String symbol) {
        Map<String, PositionState> byAccount = positions.get(accountId);
        return byAccount == null ? null : byAccount.get(symbol);
    }

    /** Signed quantity held, zero when none. */
    public BigDecimal quantity(String accountId, String symbol) {
        PositionState position = position(accountId, symbol);
        return position == null ? BigDecimal.ZERO : position.quantity();
    }

    /** The sum of |quantity| times mark over the account's positions. */
    public BigDecimal grossValue(String accountId) {
        BigDecimal gross = BigDecimal.ZERO;
        Map<String, PositionState> byAccount = positions.get(accountId);
        if (byAccount != null) {
            for (PositionState position : byAccount.values()) {
                if (position.quantity().signum() != 0) {
                    gross = gross.add(position.quantity().abs().multiply(mark(position)));
                }
            }
        }
        return gross;
    }

    /** Today's realized P&amp;L plus the unrealized P&amp;L of open positions. */
    public BigDecimal dailyPnl(String accountId) {
        AccountState account = account(accountId);
        account.rollTo(today());
        BigDecimal pnl = account.dailyRealizedPnl();
        Map<String, PositionState> byAccount = positions.get(accountId);
        if (byAccount != null) {
            for (PositionState position : byAccount.values()) {
                if (position.quantity().signum() != 0) {
                    pnl = pnl.add(mark(position).subtract(position.averagePrice()).multiply(position.quantity()));
                }
            }
        }
        return Money.round(pnl);
    }

    /** Every position (with quantity or realized P&amp;L) of one account, or of all when {@code accountId} is null. */
    public List<Position> positions(String accountId) {
        List<Position> list = new ArrayList<>();
        positions.forEach((account, bySymbol) -> {
            if (accountId == null || accountId.equals(account)) {
                bySymbol.values().forEach(p -> list.add(snapshot(p)));
            }
        });
        list.sort(java.util.Comparator.comparing(Position::account).thenComparing(Position::symbol));
        return list;
    }

    public List<String> accountIds() {
        return List.copyOf(accounts.keySet());
    }

    public Account snapshot(String accountId) {
        AccountState account = account(accountId);
        account.rollTo(today());
        BigDecimal marketValue = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        for (Position position : positions(accountId)) {
            marketValue = marketValue.add(position.marketValue());
            gross = gross.add(position.marketValue().abs());
            realized = realized.add(position.realizedPnl());
            unrealized = unrealized.add(position.unrealizedPnl());
        }
        BigDecimal equity = Money.round(account.cash().add(marketValue));
        BigDecimal marginInUse = Money.round(gross.multiply(config.marginRate()));
        BigDecimal marginAvailable = equity.subtract(marginInUse);
        BigDecimal buyingPower = marginAvailable.signum() <= 0 ? BigDecimal.ZERO
                : marginAvailable.divide(config.marginRate(), Money.SCALE, RoundingMode.HALF_EVEN);
        return new Account(accountId, account.currency(), account.cash(), equity, buyingPower, marginInUse,
                marginAvailable, realized, unrealized, Money.round(account.dailyRealizedPnl().add(unrealized)),
                clock.instant());
    }

    private AccountState account(String accountId) {
        AccountState account = accounts.get(accountId);
        if (account == null) {
            account = new AccountState(accountId, config.currency(), config.startingCash(), today(), clock.instant());
            accounts.put(accountId, account);
        }
        return account;
    }

    private BigDecimal mark(PositionState position) {
        return position.mark(quotes.mid(position.symbol()));
    }

    private Position snapshot(PositionState position) {
        return position.snapshot(mark(position));
    }

    /** The trading day now; recomputed only when the clock passes the start of the next day. */
    private LocalDate today() {
        long now = clock.millis();
        if (now >= nextDayStartMillis || today == null) {
            today = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), config.tradingDayZone());
            nextDayStartMillis = today.plusDays(1).atStartOfDay(config.tradingDayZone()).toInstant().toEpochMilli();
        }
        return today;
    }
}
