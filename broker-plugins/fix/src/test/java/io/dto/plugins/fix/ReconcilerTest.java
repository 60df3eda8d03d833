package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@DisplayName("Reconciler turns status answers into the reports that were missed")
class ReconcilerTest {

    private static final Instant T0 = Instant.parse("2026-01-02T10:00:00Z");

    @TempDir
    Path dir;

    private OrderTracker tracker;
    private Reconciler reconciler;

    @BeforeEach
    void open() throws Exception {
        tracker = OrderTracker.open("fix", dir.resolve("j.jsonl"), LoggerFactory.getLogger("test"), T0,
                new ArrayList<>());
        reconciler = new Reconciler(tracker, LoggerFactory.getLogger("test"), T0);
    }

    @AfterEach
    void close() throws Exception {
        tracker.close();
    }

    private TrackedOrder acked(String id) {
        TrackedOrder order = tracker.registerNew(FixPluginDriver.limit(id, Side.BUY, "100", "10", TimeInForce.GTC),
                T0);
        tracker.record(order, tracker.report(order, "ack-" + id, ExecType.NEW, OrderStatus.NEW, null, null, null,
                T0));
        return order;
    }

    private static FixExecution answer(String clOrdId, OrderStatus status, String cum, String avg,
            Integer rejectReason) {
        return new FixExecution(9, clOrdId, null, "V-" + clOrdId, "S-" + clOrdId + cum, ExecType.ORDER_STATUS, null,
                true, status, "AAPL", Side.BUY, new BigDecimal("100"), null, null, new BigDecimal(cum), null,
                new BigDecimal(avg), rejectReason, null, T0, false, null, false);
    }

    private List<ExecutionReport> answer(FixExecution e) {
        return reconciler.onStatus(e, T0).reports();
    }

    @Test
    @DisplayName("fills missed: one fill for the missing quantity at the price that gives the venue's average, once")
    void shouldReportMissedFillOnce() {
        TrackedOrder order = acked("A");
        tracker.record(order, tracker.report(order, "f1", ExecType.TRADE, OrderStatus.PARTIALLY_FILLED,
                new BigDecimal("20"), new BigDecimal("10.00"), null, T0));

        List<ExecutionReport> reports = answer(answer("A", OrderStatus.PARTIALLY_FILLED, "60", "10.20", null));

        assertThat(reports).singleElement().satisfies(fill -> {
            assertThat(fill.execType()).isEqualTo(ExecType.TRADE);
            assertThat(fill.execId()).isEqualTo("R:A:60");
            assertThat(fill.lastQuantity()).isEqualByComparingTo("40");
            assertThat(fill.lastPrice()).isEqualByComparingTo("10.30");
            assertThat(fill.cumulativeQuantity()).isEqualByComparingTo("60");
            assertThat(fill.averagePrice()).isEqualByComparingTo("10.20");
            assertThat(fill.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        });
        assertThat(answer(answer("A", OrderStatus.PARTIALLY_FILLED, "60", "10.20", null))).isEmpty();
    }

    @Test
    @DisplayName("an order the venue ended: the missed fill first, then the cancel")
    void shouldReportFillThenEnd() {
        acked("B");

        List<ExecutionReport> reports = answer(answer("B", OrderStatus.CANCELED, "30", "9.90", null));

        assertThat(reports).extracting(ExecutionReport::execType).containsExactly(ExecType.TRADE, ExecType.CANCELED);
        assertThat(tracker.find("B").orElseThrow().status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    @DisplayName("an order the venue never heard of is rejected; one it forgot after acknowledging is canceled")
    void shouldEndOrdersTheVenueDoesNotKnow() {
        tracker.registerNew(FixPluginDriver.limit("never", Side.BUY, "1", "1", TimeInForce.DAY), T0);
        acked("forgotten");

        assertThat(answer(answer("never", OrderStatus.REJECTED, "0", "0", FixExecution.UNKNOWN_ORDER)))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(OrderStatus.REJECTED);
                    assertThat(r.text()).contains("never arrived");
                });
        assertThat(answer(answer("forgotten", OrderStatus.REJECTED, "0", "0", FixExecution.UNKNOWN_ORDER)))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(OrderStatus.CANCELED));
    }

    @Test
    @DisplayName("a missed acknowledgement of a replacement becomes its REPLACED, and the original ends")
    void shouldReportMissedReplace() {
        acked("orig");
        tracker.registerReplacement(new ReplaceRequest("orig", "repl", "fix", "AAPL", Side.BUY, null,
                new BigDecimal("200"), null, null, null), T0);

        List<ExecutionReport> reports = answer(answer("repl", OrderStatus.NEW, "0", "0", null));

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.execType()).isEqualTo(ExecType.REPLACED);
            assertThat(r.origOrderId()).isEqualTo("orig");
        });
        assertThat(tracker.find("orig").orElseThrow().status()).isEqualTo(OrderStatus.REPLACED);
    }

    @Test
    @DisplayName("in sync: nothing for reconciliation, the status itself when the gateway asked")
    void shouldPassStatusOnlyWhenAsked() {
        acked("C");
        assertThat(answer(answer("C", OrderStatus.NEW, "0", "0", null))).isEmpty();

        reconciler.explicitRequest("C");

        assertThat(answer(answer("C", OrderStatus.NEW, "0", "0", null))).singleElement()
                .satisfies(r -> assertThat(r.execType()).isEqualTo(ExecType.ORDER_STATUS));
    }

    @Test
    @DisplayName("a venue reporting less filled than here changes nothing")
    void shouldNotUndoFills() {
        TrackedOrder order = acked("D");
        tracker.record(order, tracker.report(order, "f1", ExecType.TRADE, OrderStatus.PARTIALLY_FILLED,
                new BigDecimal("50"), BigDecimal.TEN, null, T0));

        assertThat(answer(answer("D", OrderStatus.PARTIALLY_FILLED, "10", "10", null))).isEmpty();
        assertThat(tracker.find("D").orElseThrow().cumQty()).isEqualByComparingTo("50");
    }

    @Test
    @DisplayName("a mass status answer covers what it lists; the rest is asked about one by one")
    void shouldFollowUpOrdersTheMassStatusMissed() {
        acked("listed");
        acked("missing");
        Reconciler.Plan plan = reconciler.begin(true);
        FixExecution listed = new FixExecution(9, "listed", null, "V", "S1", ExecType.ORDER_STATUS, null, true,
                OrderStatus.NEW, "AAPL", Side.BUY, null, null, null, BigDecimal.ZERO, null, BigDecimal.ZERO, null,
                null, T0, false, plan.massStatusId(), true);

        Reconciler.Answer answer = reconciler.onStatus(listed, T0);

        assertThat(plan.orders()).isEmpty();
        assertThat(answer.followUps()).extracting(TrackedOrder::id).containsExactly("missing");
    }
}
