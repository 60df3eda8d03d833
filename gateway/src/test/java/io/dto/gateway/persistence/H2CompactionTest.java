package io.dto.gateway.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("H2Compaction keeps the order store's file from growing with every commit")
class H2CompactionTest {

    private static final int ROUNDS = 4;
    private static final int ORDERS_PER_ROUND = 200;

    @TempDir
    Path dir;

    @Test
    @DisplayName("orders written as the order manager writes them make a file a fraction of the size uncompacted")
    void shouldBoundTheFileWhileKeepingEveryCommit(Vertx vertx) throws Exception {
        long uncompacted = writeOrders(vertx, dir.resolve("plain"), false);
        long compacted = writeOrders(vertx, dir.resolve("compacted"), true);

        assertThat(compacted).as("file bytes with compaction, against %d without", uncompacted)
                .isLessThan(uncompacted / 3);
    }

    /**
     * Commits orders as the order manager does, one commit as PENDING_NEW and one as NEW with the broker's
     * acknowledgment, compacting after each round if asked; checks that every order reads back as last committed,
     * and returns the file's size.
     */
    private static long writeOrders(Vertx vertx, Path folder, boolean compact) throws Exception {
        // RETENTION_TIME=0: chunks may be rewritten at once, not 45 s later, so a short test shows the effect.
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=0;FILE_LOCK=FS;RETENTION_TIME=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Schema.create(connection);
            JdbcWriter writer = new JdbcWriter(connection);
            H2Compaction compaction = compact
                    ? new H2Compaction(vertx, H2Compaction.fileStoreOf(connection), TimeUnit.HOURS.toMillis(1)) : null;
            int rewrites = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < ORDERS_PER_ROUND; i++) {
                    int n = round * ORDERS_PER_ROUND + i;
                    writer.commit(List.of(new ChangeSet().order(order(n, OrderStatus.PENDING_NEW))));
                    writer.commit(List.of(new ChangeSet().order(order(n, OrderStatus.NEW)).execution(acknowledgment(n))));
                }
                if (compaction != null) {
                    rewrites += compaction.compact().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                }
            }
            if (compaction != null) {
                compaction.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                assertThat(rewrites).as("chunks rewritten").isPositive();
            }
            assertEveryOrderNew(connection);
        }
        return Files.size(folder.resolve("db.mv.db"));
    }

    private static void assertEveryOrderNew(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT o.status, COUNT(*), COUNT(e.exec_id) FROM orders o "
                        + "LEFT JOIN executions e ON e.order_id = o.id GROUP BY o.status")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(OrderStatus.NEW.name());
            assertThat(rows.getInt(2)).isEqualTo(ROUNDS * ORDERS_PER_ROUND);
            assertThat(rows.getInt(3)).isEqualTo(ROUNDS * ORDERS_PER_ROUND);
            assertThat(rows.next()).isFalse();
        }
    }

    private static OrderRecord order(int n, OrderStatus status) {
        Instant created = Instant.parse("2026-11-25T15:00:00Z").plusMillis(n);
        OrderEvent event = new OrderEvent(id(n), "client-" + n, "strat", "fix", "ACC", "AAPL", Side.BUY,
                OrderType.LIMIT, TimeInForce.DAY, new BigDecimal("10"), new BigDecimal("187.5"), null, status,
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, created);
        return new OrderRecord(event, created, status == OrderStatus.NEW ? "B-" + n : null, null,
                new BigDecimal("187.5"));
    }

    private static ExecutionReport acknowledgment(int n) {
        return new ExecutionReport("fix", id(n), null, "B-" + n, "E-" + n, ExecType.NEW, OrderStatus.NEW, "AAPL",
                Side.BUY, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10"), BigDecimal.ZERO, null,
                Instant.parse("2026-11-25T15:00:00Z"), false);
    }

    private static String id(int n) {
        return String.format("O-1-%06d", n);
    }
}
