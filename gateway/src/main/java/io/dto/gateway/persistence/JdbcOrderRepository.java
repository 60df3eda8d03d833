package io.dto.gateway.persistence;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.Position;
import io.dto.gateway.config.PersistenceConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVStore;

/**
 * The repository over JDBC: embedded H2 by default, PostgreSQL by URL. Writes go through {@link GroupCommit} on one
 * ordered worker thread with one connection; queries use a second connection on a second worker, so an API query
 * never delays a commit and no event loop ever waits on the database.
 */
public final class JdbcOrderRepository implements OrderRepository {

    private static final String OPEN = "status NOT IN ('FILLED', 'CANCELED', 'REPLACED', 'REJECTED', 'EXPIRED')";
    private static final long COMPACTION_INTERVAL_MILLIS = 1000;

    private final Vertx vertx;
    private final PersistenceConfig config;
    private final WorkerExecutor writerThread;
    private final WorkerExecutor readerThread;
    private JdbcWriter writer;
    private GroupCommit commits;
    private MVStore h2File;
    private H2Compaction compaction;
    private Connection reader;
    private volatile boolean closed;

    public JdbcOrderRepository(Vertx vertx, PersistenceConfig config) {
        this.vertx = vertx;
        this.config = config;
        this.writerThread = vertx.createSharedWorkerExecutor("dto-db-writer", 1);
        this.readerThread = vertx.createSharedWorkerExecutor("dto-db-reader", 1);
    }

    @Override
    public Future<RecoveredState> open(Instant clientOrderIdsSince) {
        return writerThread.executeBlocking(() -> {
            Connection connection = connect();
            Schema.create(connection);
            writer = new JdbcWriter(connection);
            RecoveredState state = recover(connection, clientOrderIdsSince);
            connection.commit();
            h2File = H2Compaction.fileStoreOf(connection);
            return state;
        }, true).onSuccess(state -> {
            commits = new GroupCommit(writerThread, writer);
            if (h2File != null) {
                compaction = new H2Compaction(vertx, h2File, COMPACTION_INTERVAL_MILLIS);
            }
        });
    }

    @Override
    public Future<Void> save(ChangeSet changes) {
        if (commits == null) {
            return Future.failedFuture(new IllegalStateException("the repository is not open"));
        }
        return commits.submit(changes);
    }

    @Override
    public Future<List<OrderRecord>> find(OrderQuery query) {
        return read(connection -> {
            StringBuilder sql = new StringBuilder("SELECT * FROM orders WHERE 1 = 1");
            List<Object> arguments = new ArrayList<>();
            if (query.status() != null) {
                sql.append(" AND status = ?");
                arguments.add(query.status().name());
            }
            if (query.symbol() != null) {
                sql.append(" AND symbol = ?");
                arguments.add(query.symbol());
            }
            if (query.strategyId() != null) {
                sql.append(" AND strategy_id = ?");
                arguments.add(query.strategyId());
            }
            if (query.from() != null) {
                sql.append(" AND created_at >= ?");
                arguments.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
            }
            if (query.to() != null) {
                sql.append(" AND created_at < ?");
                arguments.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
            }
            sql.append(" ORDER BY created_at DESC, id DESC FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < arguments.size(); i++) {
                    statement.setObject(i + 1, arguments.get(i));
                }
                return orders(statement);
            }
        });
    }

    @Override
    public Future<Optional<StoredOrder>> findOrder(String orderId) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM orders WHERE id = ?")) {
                statement.setString(1, orderId);
                List<OrderRecord> found = orders(statement);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredOrder(found.get(0),
                        executions(connection, "WHERE order_id = ?", orderId).getOrDefault(orderId, List.of())));
            }
        });
    }

    @Override
    public Future<Void> ping() {
        return read(connection -> {
            if (!connection.isValid(1)) {
                throw new SQLException("the database did not answer a validity check within 1 s");
            }
            return null;
        });
    }

    @Override
    public Future<Void> close() {
        closed = true;
        Future<Void> drained = commits == null ? Future.succeededFuture() : commits.drained();
        return drained
                .eventually(() -> compaction == null ? Future.succeededFuture() : compaction.close())
                .eventually(() -> writerThread.executeBlocking(() -> {
                    if (writer != null) {
                        writer.close();
                    }
                    return null;
                }))
                .eventually(() -> readerThread.executeBlocking(() -> {
                    if (reader != null) {
                        reader.close();
                    }
                    return null;
                }))
                .eventually(writerThread::close)
                .eventually(readerThread::close);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }

    /** Runs a query on the reader thread; once closed, fails at once (a closed executor would never run it). */
    private <T> Future<T> read(SqlWork<T> work) {
        if (closed) {
            return Future.failedFuture(new IllegalStateException("the repository is closed"));
        }
        return readerThread.executeBlocking(() -> {
            if (reader == null) {
                reader = connect();
                reader.setReadOnly(true);
            }
            return work.run(reader);
        }, true);
    }

    private RecoveredState recover(Connection connection, Instant clientOrderIdsSince) throws SQLException {
        long run;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COALESCE(MAX(run_id), 0) + 1 FROM gateway_runs");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            run = rows.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO gateway_runs (run_id, started_at) VALUES (?, ?)")) {
            statement.setLong(1, run);
            Columns.instant(statement, 2, Instant.now());
            statement.executeUpdate();
        }
        List<OrderRecord> open;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM orders WHERE " + OPEN + " ORDER BY created_at, id")) {
            open = orders(statement);
        }
        Map<String, List<ExecutionReport>> executions = executions(connection,
                "WHERE order_id IN (SELECT id FROM orders WHERE " + OPEN + ")");
        List<StoredOrder> openOrders = new ArrayList<>();
        for (OrderRecord record : open) {
            openOrders.add(new StoredOrder(record, executions.getOrDefault(record.order().orderId(), List.of())));
        }
        return new RecoveredState(run, openOrders, clientOrderIds(connection, clientOrderIdsSince),
                positions(connection), accounts(connection), killSwitches(connection));
    }

    private static Map<String, String> clientOrderIds(Connection connection, Instant since) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT client_order_id, id FROM orders WHERE client_order_id IS NOT NULL AND created_at >= ?")) {
            Columns.instant(statement, 1, since);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return ids;
    }

    private static List<Position> positions(Connection connection) throws SQLException {
        List<Position> positions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM positions");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                positions.add(AccountRows.position(rows));
            }
        }
        return positions;
    }

    private static List<AccountRecord> accounts(Connection connection) throws SQLException {
        List<AccountRecord> accounts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM accounts");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                accounts.add(AccountRows.account(rows));
            }
        }
        return accounts;
    }

    private static List<KillSwitchRecord> killSwitches(Connection connection) throws SQLException {
        List<KillSwitchRecord> switches = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM kill_switches");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                switches.add(AccountRows.killSwitch(rows));
            }
        }
        return switches;
    }

    private static List<OrderRecord> orders(PreparedStatement statement) throws SQLException {
        List<OrderRecord> orders = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                orders.add(OrderRows.order(rows));
            }
        }
        return orders;
    }

    private static Map<String, List<ExecutionReport>> executions(Connection connection, String where,
            String... arguments) throws SQLException {
        Map<String, List<ExecutionReport>> byOrder = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM executions " + where + " ORDER BY seq")) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setString(i + 1, arguments[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ExecutionReport report = OrderRows.execution(rows);
                    byOrder.computeIfAbsent(report.orderId(), k -> new ArrayList<>()).add(report);
                }
            }
        }
        return byOrder;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
