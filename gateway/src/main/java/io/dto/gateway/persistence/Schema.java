package io.dto.gateway.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The tables, in SQL that H2 and PostgreSQL both accept; created at start if missing. */
final class Schema {

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS gateway_runs (
              run_id BIGINT PRIMARY KEY,
              started_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS orders (
              id VARCHAR(64) PRIMARY KEY,
              client_order_id VARCHAR(128),
              strategy_id VARCHAR(128),
              broker VARCHAR(64) NOT NULL,
              account VARCHAR(64) NOT NULL,
              symbol VARCHAR(32) NOT NULL,
              side VARCHAR(16) NOT NULL,
              order_type VARCHAR(16) NOT NULL,
              time_in_force VARCHAR(8) NOT NULL,
              quantity NUMERIC(38, 12) NOT NULL,
              price NUMERIC(38, 12),
              stop_price NUMERIC(38, 12),
              status VARCHAR(24) NOT NULL,
              filled_quantity NUMERIC(38, 12) NOT NULL,
              average_price NUMERIC(38, 12) NOT NULL,
              last_quantity NUMERIC(38, 12),
              last_price NUMERIC(38, 12),
              reason VARCHAR(1000),
              broker_order_id VARCHAR(128),
              orig_order_id VARCHAR(64),
              risk_price NUMERIC(38, 12),
              created_at TIMESTAMP WITH TIME ZONE NOT NULL,
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS orders_status ON orders (status)",
            "CREATE INDEX IF NOT EXISTS orders_created ON orders (created_at)",
            "CREATE INDEX IF NOT EXISTS orders_client ON orders (client_order_id)",
            """
            CREATE TABLE IF NOT EXISTS executions (
              order_id VARCHAR(64) NOT NULL,
              exec_id VARCHAR(128) NOT NULL,
              broker VARCHAR(64) NOT NULL,
              orig_order_id VARCHAR(64),
              broker_order_id VARCHAR(128),
              exec_type VARCHAR(24) NOT NULL,
              status VARCHAR(24) NOT NULL,
              symbol VARCHAR(32),
              side VARCHAR(16),
              last_quantity NUMERIC(38, 12) NOT NULL,
              last_price NUMERIC(38, 12) NOT NULL,
              cumulative_quantity NUMERIC(38, 12) NOT NULL,
              leaves_quantity NUMERIC(38, 12) NOT NULL,
              average_price NUMERIC(38, 12) NOT NULL,
              text VARCHAR(1000),
              transact_time TIMESTAMP WITH TIME ZONE NOT NULL,
              poss_duplicate BOOLEAN NOT NULL,
              seq BIGINT NOT NULL,
              PRIMARY KEY (order_id, exec_id))""",
            """
            CREATE TABLE IF NOT EXISTS positions (
              account VARCHAR(64) NOT NULL,
              symbol VARCHAR(32) NOT NULL,
              quantity NUMERIC(38, 12) NOT NULL,
              average_price NUMERIC(38, 12) NOT NULL,
              realized_pnl NUMERIC(38, 12) NOT NULL,
              market_price NUMERIC(38, 12) NOT NULL,
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
              PRIMARY KEY (account, symbol))""",
            """
            CREATE TABLE IF NOT EXISTS accounts (
              id VARCHAR(64) PRIMARY KEY,
              currency VARCHAR(8) NOT NULL,
              cash NUMERIC(38, 12) NOT NULL,
              daily_realized_pnl NUMERIC(38, 12) NOT NULL,
              trading_day DATE NOT NULL,
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS kill_switches (
              scope VARCHAR(160) PRIMARY KEY,
              enabled BOOLEAN NOT NULL,
              changed_at TIMESTAMP WITH TIME ZONE NOT NULL)""");

    private Schema() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
        connection.commit();
    }
}
