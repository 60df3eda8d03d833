package io.dto.gateway.persistence;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.Position;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one connection that writes, with its prepared statements. Used by one worker thread at a time (the
 * repository's ordered writer), never by an event loop.
 */
final class JdbcWriter implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private long nextExecutionSeq;

    JdbcWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM executions")) {
            rows.next();
            nextExecutionSeq = rows.getLong(1) + 1;
        }
    }

    Connection connection() {
        return connection;
    }

    /** Writes every change set in one transaction. */
    void commit(List<ChangeSet> batch) throws SQLException {
        long seq = nextExecutionSeq;
        try {
            for (ChangeSet changes : batch) {
                seq = write(changes, seq);
            }
            connection.commit();
            nextExecutionSeq = seq;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private long write(ChangeSet changes, long seq) throws SQLException {
        for (OrderRecord order : changes.orders()) {
            PreparedStatement update = statement(OrderRows.UPDATE_ORDER);
            OrderRows.bindChanging(update, order);
            if (update.executeUpdate() == 0) {
                PreparedStatement insert = statement(OrderRows.INSERT_ORDER);
                OrderRows.bindInsert(insert, order);
                insert.executeUpdate();
            }
        }
        for (ExecutionReport report : changes.executions()) {
            PreparedStatement insert = statement(OrderRows.INSERT_EXECUTION);
            OrderRows.bindExecution(insert, report, seq++);
            insert.executeUpdate();
        }
        for (Position position : changes.positions()) {
            upsert(AccountRows.UPDATE_POSITION, AccountRows.INSERT_POSITION, s -> AccountRows.bindPosition(s, position));
        }
        for (AccountRecord account : changes.accounts()) {
            upsert(AccountRows.UPDATE_ACCOUNT, AccountRows.INSERT_ACCOUNT, s -> AccountRows.bindAccount(s, account));
        }
        for (KillSwitchRecord killSwitch : changes.killSwitches()) {
            upsert(AccountRows.UPDATE_KILL_SWITCH, AccountRows.INSERT_KILL_SWITCH,
                    s -> AccountRows.bindKillSwitch(s, killSwitch));
        }
        return seq;
    }

    /** An update, or an insert when no row matched: portable across H2 and PostgreSQL, safe with one writer. */
    private void upsert(String updateSql, String insertSql, Binder binder) throws SQLException {
        PreparedStatement update = statement(updateSql);
        binder.bind(update);
        if (update.executeUpdate() == 0) {
            PreparedStatement insert = statement(insertSql);
            binder.bind(insert);
            insert.executeUpdate();
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        connection.close();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
