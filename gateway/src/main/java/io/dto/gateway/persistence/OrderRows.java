package io.dto.gateway.persistence;

import static io.dto.gateway.persistence.Columns.decimal;
import static io.dto.gateway.persistence.Columns.enumValue;
import static io.dto.gateway.persistence.Columns.instant;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Orders and executions to and from rows. */
final class OrderRows {

    static final String UPDATE_ORDER = "UPDATE orders SET status = ?, filled_quantity = ?, average_price = ?, "
            + "last_quantity = ?, last_price = ?, reason = ?, broker_order_id = ?, updated_at = ? WHERE id = ?";
    static final String INSERT_ORDER = "INSERT INTO orders (status, filled_quantity, average_price, last_quantity, "
            + "last_price, reason, broker_order_id, updated_at, id, client_order_id, strategy_id, broker, account, "
            + "symbol, side, order_type, time_in_force, quantity, price, stop_price, orig_order_id, risk_price, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_EXECUTION = "INSERT INTO executions (order_id, exec_id, broker, orig_order_id, "
            + "broker_order_id, exec_type, status, symbol, side, last_quantity, last_price, cumulative_quantity, "
            + "leaves_quantity, average_price, text, transact_time, poss_duplicate, seq) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private OrderRows() {
    }

    /** Binds the columns that change; the same nine lead both UPDATE_ORDER and INSERT_ORDER. */
    static void bindChanging(PreparedStatement statement, OrderRecord record) throws SQLException {
        OrderEvent order = record.order();
        statement.setString(1, order.status().name());
        decimal(statement, 2, order.filledQuantity());
        decimal(statement, 3, order.averagePrice());
        decimal(statement, 4, order.lastQuantity());
        decimal(statement, 5, order.lastPrice());
        statement.setString(6, order.reason());
        statement.setString(7, record.brokerOrderId());
        instant(statement, 8, order.timestamp());
        statement.setString(9, order.orderId());
    }

    static void bindInsert(PreparedStatement statement, OrderRecord record) throws SQLException {
        bindChanging(statement, record);
        OrderEvent order = record.order();
        statement.setString(10, order.clientOrderId());
        statement.setString(11, order.strategyId());
        statement.setString(12, order.broker());
        statement.setString(13, order.account());
        statement.setString(14, order.symbol());
        statement.setString(15, order.side().name());
        statement.setString(16, order.type().name());
        statement.setString(17, order.timeInForce().name());
        decimal(statement, 18, order.quantity());
        decimal(statement, 19, order.price());
        decimal(statement, 20, order.stopPrice());
        statement.setString(21, record.origOrderId());
        decimal(statement, 22, record.riskPrice());
        instant(statement, 23, record.createdAt());
    }

    static void bindExecution(PreparedStatement statement, ExecutionReport report, long seq) throws SQLException {
        statement.setString(1, report.orderId());
        statement.setString(2, report.execId());
        statement.setString(3, report.broker());
        statement.setString(4, report.origOrderId());
        statement.setString(5, report.brokerOrderId());
        statement.setString(6, report.execType().name());
        statement.setString(7, report.status().name());
        statement.setString(8, report.symbol());
        statement.setString(9, report.side() == null ? null : report.side().name());
        decimal(statement, 10, report.lastQuantity());
        decimal(statement, 11, report.lastPrice());
        decimal(statement, 12, report.cumulativeQuantity());
        decimal(statement, 13, report.leavesQuantity());
        decimal(statement, 14, report.averagePrice());
        statement.setString(15, report.text());
        instant(statement, 16, report.transactTime());
        statement.setBoolean(17, report.possDuplicate());
        statement.setLong(18, seq);
    }

    static OrderRecord order(ResultSet rows) throws SQLException {
        OrderEvent event = new OrderEvent(rows.getString("id"), rows.getString("client_order_id"),
                rows.getString("strategy_id"), rows.getString("broker"), rows.getString("account"),
                rows.getString("symbol"), enumValue(rows, "side", Side.class),
                enumValue(rows, "order_type", OrderType.class), enumValue(rows, "time_in_force", TimeInForce.class),
                decimal(rows, "quantity"), decimal(rows, "price"), decimal(rows, "stop_price"),
                enumValue(rows, "status", OrderStatus.class), decimal(rows, "filled_quantity"),
                decimal(rows, "average_price"), decimal(rows, "last_quantity"), decimal(rows, "last_price"),
                rows.getString("reason"), instant(rows, "updated_at"));
        return new OrderRecord(event, instant(rows, "created_at"), rows.getString("broker_order_id"),
                rows.getString("orig_order_id"), decimal(rows, "risk_price"));
    }

    static ExecutionReport execution(ResultSet rows) throws SQLException {
        return new ExecutionReport(rows.getString("broker"), rows.getString("order_id"),
                rows.getString("orig_order_id"), rows.getString("broker_order_id"), rows.getString("exec_id"),
                enumValue(rows, "exec_type", ExecType.class), enumValue(rows, "status", OrderStatus.class),
                rows.getString("symbol"), enumValue(rows, "side", Side.class), decimal(rows, "last_quantity"),
                decimal(rows, "last_price"), decimal(rows, "cumulative_quantity"), decimal(rows, "leaves_quantity"),
                decimal(rows, "average_price"), rows.getString("text"), instant(rows, "transact_time"),
                rows.getBoolean("poss_duplicate"));
    }
}
