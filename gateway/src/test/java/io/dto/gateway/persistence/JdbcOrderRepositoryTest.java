package io.dto.gateway.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Position;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.gateway.config.PersistenceConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("JdbcOrderRepository on embedded H2: commits, recovery and queries")
class JdbcOrderRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    @TempDir
    Path dir;

    private PersistenceConfig config() {
        return new PersistenceConfig("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;FILE_LOCK=FS", "sa", "");
    }

    /** The repository is used from one Vert.x context, as the order manager uses it. */
    private static <T> Future<T> onContext(Vertx vertx, Supplier<Future<T>> work) {
        Promise<T> result = Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> work.get().onComplete(result));
        return result.future();
    }

    private static OrderRecord order(String id, String clientId, String symbol, OrderStatus status, String filled,
            Instant created) {
        OrderEvent event = new OrderEvent(id, clientId, "strat", "paper", "ACC", symbol, Side.BUY, OrderType.LIMIT,
                TimeInForce.DAY, new BigDecimal("10"), new BigDecimal("187.5"), null, status, new BigDecimal(filled),
                new BigDecimal("187.5"), null, null, null, created);
        return new OrderRecord(event, created, null, null, new BigDecimal("187.5"));
    }

    private static ExecutionReport fill(String orderId, String execId, String quantity) {
        return new ExecutionReport("paper", orderId, null, "B1", execId, ExecType.TRADE, OrderStatus.PARTIALLY_FILLED,
                "AAPL", Side.BUY, new BigDecimal(quantity), new BigDecimal("187.5"), new BigDecimal(quantity),
                BigDecimal.ONE, new BigDecimal("187.5"), null, T0, false);
    }

    @Test
    @DisplayName("ping answers while the database is open and fails once the repository is closed")
    void shouldPingUntilClosed(Vertx vertx, VertxTestContext test) {
        JdbcOrderRepository repository = new JdbcOrderRepository(vertx, config());
        onContext(vertx, () -> repository.open(T0).compose(state -> repository.ping()))
                .compose(v -> onContext(vertx, repository::close))
                .compose(v -> onContext(vertx, repository::ping))
                .onComplete(test.failing(e -> test.completeNow()));
    }

    @Test
    @DisplayName("what was committed comes back at the next open: open orders with executions, positions, accounts")
    void shouldRecoverCommittedState(Vertx vertx, VertxTestContext test) {
        JdbcOrderRepository first = new JdbcOrderRepository(vertx, config());
        ChangeSet changes = new ChangeSet()
                .order(order("O-1-000001", "c-1", "AAPL", OrderStatus.PARTIALLY_FILLED, "4", T0))
                .order(order("O-1-000002", "c-2", "MSFT", OrderStatus.FILLED, "10", T0.plusSeconds(1)))
                .execution(fill("O-1-000001", "E1", "4"))
                .position(new Position("ACC", "AAPL", new BigDecimal("4"), new BigDecimal("187.5"), BigDecimal.ZERO,
                        BigDecimal.ZERO, new BigDecimal("187.5"), T0))
                .account(new AccountRecord("ACC", "USD", new BigDecimal("999250"), new BigDecimal("-12.5"),
                        LocalDate.of(2026, 11, 25), T0))
                .killSwitch(new KillSwitchRecord("strategy:strat", true, T0));
        onContext(vertx, () -> first.open(T0.minusSeconds(3600)).compose(state -> {
            test.verify(() -> assertThat(state.run()).isEqualTo(1));
            return first.save(changes);
        })).compose(v -> first.close())
                .compose(v -> {
                    JdbcOrderRepository second = new JdbcOrderRepository(vertx, config());
                    return onContext(vertx, () -> second.open(T0.minusSeconds(3600)))
                            .compose(state -> second.close().map(state));
                })
                .onComplete(test.succeeding(state -> test.verify(() -> {
                    assertThat(state.run()).isEqualTo(2);
                    assertThat(state.openOrders()).hasSize(1);
                    StoredOrder open = state.openOrders().get(0);
                    assertThat(open.record().order().orderId()).isEqualTo("O-1-000001");
                    assertThat(open.record().order().filledQuantity()).isEqualByComparingTo("4");
                    assertThat(open.executions()).extracting(ExecutionReport::execId).containsExactly("E1");
                    assertThat(state.clientOrderIds()).containsEntry("c-1", "O-1-000001")
                            .containsEntry("c-2", "O-1-000002");
                    assertThat(state.positions()).singleElement()
                            .satisfies(p -> assertThat(p.quantity()).isEqualByComparingTo("4"));
                    assertThat(state.accounts()).singleElement()
                            .satisfies(a -> assertThat(a.dailyRealizedPnl()).isEqualByComparingTo("-12.5"));
                    assertThat(state.killSwitches()).containsExactly(new KillSwitchRecord("strategy:strat", true, T0));
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("a burst of writes is committed in order, the last update of an order wins, and a bad one fails alone")
    void shouldCommitBurstInOrderAndIsolateFailure(Vertx vertx, VertxTestContext test) {
        JdbcOrderRepository repository = new JdbcOrderRepository(vertx, config());
        List<Future<Void>> writes = new ArrayList<>();
        onContext(vertx, () -> repository.open(T0).map(state -> {
            for (int i = 1; i <= 50; i++) {
                writes.add(repository.save(new ChangeSet().order(order("O-1-000001", null, "AAPL",
                        i == 50 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, Integer.toString(i % 11), T0))));
            }
            writes.add(repository.save(new ChangeSet().execution(fill("O-1-000001", "E1", "1"))));
            writes.add(repository.save(new ChangeSet().execution(fill("O-1-000001", "E1", "1"))));
            return writes;
        })).compose(all -> Future.join(new ArrayList<>(all)).otherwiseEmpty())
                .compose(v -> repository.findOrder("O-1-000001"))
                .compose(found -> repository.close().map(found))
                .onComplete(test.succeeding(found -> test.verify(() -> {
                    assertThat(writes.subList(0, 51)).allMatch(Future::succeeded);
                    assertThat(writes.get(51).failed()).as("the repeated execution breaks the primary key").isTrue();
                    assertThat(found).isPresent();
                    assertThat(found.get().record().order().status()).isEqualTo(OrderStatus.FILLED);
                    assertThat(found.get().executions()).hasSize(1);
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("orders can be queried by status, symbol, strategy and time, newest first")
    void shouldFilterOrders(Vertx vertx, VertxTestContext test) {
        JdbcOrderRepository repository = new JdbcOrderRepository(vertx, config());
        ChangeSet changes = new ChangeSet()
                .order(order("O-1-000001", null, "AAPL", OrderStatus.NEW, "0", T0))
                .order(order("O-1-000002", null, "AAPL", OrderStatus.FILLED, "10", T0.plusSeconds(10)))
                .order(order("O-1-000003", null, "MSFT", OrderStatus.NEW, "0", T0.plusSeconds(20)));
        onContext(vertx, () -> repository.open(T0).compose(s -> repository.save(changes)))
                .compose(v -> Future.all(
                        repository.find(new OrderQuery(OrderStatus.NEW, null, null, null, null, 10)),
                        repository.find(new OrderQuery(null, "AAPL", "strat", null, null, 10)),
                        repository.find(new OrderQuery(null, null, null, T0.plusSeconds(5), T0.plusSeconds(15), 10)),
                        repository.find(new OrderQuery(null, null, "other", null, null, 10))))
                .compose(all -> repository.close().map(all))
                .onComplete(test.succeeding(all -> test.verify(() -> {
                    assertThat(ids(all.resultAt(0))).containsExactly("O-1-000003", "O-1-000001");
                    assertThat(ids(all.resultAt(1))).containsExactly("O-1-000002", "O-1-000001");
                    assertThat(ids(all.resultAt(2))).containsExactly("O-1-000002");
                    assertThat(ids(all.resultAt(3))).isEmpty();
                    test.completeNow();
                })));
    }

    private static List<String> ids(List<OrderRecord> records) {
        return records.stream().map(r -> r.order().orderId()).toList();
    }
}
