package io.dto.gateway.persistence;

import static io.dto.gateway.persistence.Columns.decimal;
import static io.dto.gateway.persistence.Columns.instant;

import io.dto.api.message.Position;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Positions, accounts and kill switches to and from rows. */
final class AccountRows {

    static final String UPDATE_POSITION = "UPDATE positions SET quantity = ?, average_price = ?, realized_pnl = ?, "
            + "market_price = ?, updated_at = ? WHERE account = ? AND symbol = ?";
    static final String INSERT_POSITION = "INSERT INTO positions (quantity, average_price, realized_pnl, "
            + "market_price, updated_at, account, symbol) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE_ACCOUNT = "UPDATE accounts SET currency = ?, cash = ?, daily_realized_pnl = ?, "
            + "trading_day = ?, updated_at = ? WHERE id = ?";
    static final String INSERT_ACCOUNT = "INSERT INTO accounts (currency, cash, daily_realized_pnl, trading_day, "
            + "updated_at, id) VALUES (?, ?, ?, ?, ?, ?)";
    static final String UPDATE_KILL_SWITCH = "UPDATE kill_switches SET enabled = ?, changed_at = ? WHERE scope = ?";
    static final String INSERT_KILL_SWITCH = "INSERT INTO kill_switches (enabled, changed_at, scope) VALUES (?, ?, ?)";

    private AccountRows() {
    }

    static void bindPosition(PreparedStatement statement, Position position) throws SQLException {
        decimal(statement, 1, position.quantity());
        decimal(statement, 2, position.averagePrice());
        decimal(statement, 3, position.realizedPnl());
        decimal(statement, 4, position.marketPrice());
        instant(statement, 5, position.updatedAt());
        statement.setString(6, position.account());
        statement.setString(7, position.symbol());
    }

    static void bindAccount(PreparedStatement statement, AccountRecord account) throws SQLException {
        statement.setString(1, account.currency());
        decimal(statement, 2, account.cash());
        decimal(statement, 3, account.dailyRealizedPnl());
        statement.setDate(4, Date.valueOf(account.tradingDay()));
        instant(statement, 5, account.updatedAt());
        statement.setString(6, account.id());
    }

    static void bindKillSwitch(PreparedStatement statement, KillSwitchRecord killSwitch) throws SQLException {
        statement.setBoolean(1, killSwitch.enabled());
        instant(statement, 2, killSwitch.changedAt());
        statement.setString(3, killSwitch.scope());
    }

    static Position position(ResultSet rows) throws SQLException {
        return new Position(rows.getString("account"), rows.getString("symbol"), decimal(rows, "quantity"),
                decimal(rows, "average_price"), decimal(rows, "realized_pnl"), BigDecimal.ZERO,
                decimal(rows, "market_price"), instant(rows, "updated_at"));
    }

    static AccountRecord account(ResultSet rows) throws SQLException {
        return new AccountRecord(rows.getString("id"), rows.getString("currency"), decimal(rows, "cash"),
                decimal(rows, "daily_realized_pnl"), rows.getDate("trading_day").toLocalDate(),
                instant(rows, "updated_at"));
    }

    static KillSwitchRecord killSwitch(ResultSet rows) throws SQLException {
        return new KillSwitchRecord(rows.getString("scope"), rows.getBoolean("enabled"),
                instant(rows, "changed_at"));
    }
}
