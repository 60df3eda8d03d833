package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@DisplayName("OrderTracker and its journal")
class OrderTrackerTest {

    private static final Instant T0 = Instant.parse("2026-01-02T10:00:00Z");

    @TempDir
    Path dir;

    private OrderTracker open(Instant now, List<ExecutionReport> journaled) throws Exception {
        return OrderTracker.open("fix", dir.resolve("orders.jsonl"), LoggerFactory.getLogger("test"), now, journaled);
    }

    private static ExecutionReport fill(TrackedOrder order, OrderTracker tracker, String execId, String qty,
            String px, Instant at) {
        return tracker.report(order, execId, ExecType.TRADE, OrderStatus.PARTIALLY_FILLED, new BigDecimal(qty),
                new BigDecimal(px), null, at);
    }

    @Test
    @DisplayName("a restarted tracker knows its orders, fills, cancels and replacements, and never reuses a ClOrdID")
    void shouldRebuildFromTheJournal() throws Exception {
        try (OrderTracker tracker = open(T0, new ArrayList<>())) {
            TrackedOrder a = tracker.registerNew(FixPluginDriver.limit("A", Side.BUY, "100", "10.00",
                    TimeInForce.GTC), T0);
            tracker.record(a, tracker.report(a, "E1", ExecType.NEW, OrderStatus.NEW, null, null, null, T0));
            tracker.record(a, fill(a, tracker, "E2", "40", "10.00", T0));
            TrackedOrder b = tracker.registerReplacement(new ReplaceRequest("A", "B", "fix", "AAPL", Side.BUY, null,
                    new BigDecimal("150"), new BigDecimal("10.10"), null, null), T0);
            tracker.record(b, tracker.report(b, "E3", ExecType.REPLACED, OrderStatus.PARTIALLY_FILLED, null, null,
                    null, T0));
            tracker.registerCancel("C", "B");
        }

        List<ExecutionReport> journaled = new ArrayList<>();
        try (OrderTracker restarted = open(T0.plusSeconds(60), journaled)) {
            assertThat(journaled).extracting(ExecutionReport::execId).containsExactly("E1", "E2", "E3");
            TrackedOrder b = restarted.find("C").orElseThrow();
            assertThat(b.id()).isEqualTo("B");
            assertThat(b.cumQty()).isEqualByComparingTo("40");
            assertThat(b.quantity()).isEqualByComparingTo("150");
            assertThat(b.seen("E3")).isTrue();
            assertThat(restarted.find("A").orElseThrow().status()).isEqualTo(OrderStatus.REPLACED);
            assertThat(restarted.liveOrders()).extracting(TrackedOrder::id).containsExactly("B");
            assertThatThrownBy(() -> restarted.registerNew(FixPluginDriver.limit("A", Side.BUY, "1", "1",
                    TimeInForce.DAY), T0)).hasMessageContaining("never sent twice");
        }
    }

    @Test
    @DisplayName("at start, orders that ended more than a day ago leave the journal; live ones stay")
    void shouldCompactEndedOrders() throws Exception {
        try (OrderTracker tracker = open(T0, new ArrayList<>())) {
            TrackedOrder done = tracker.registerNew(FixPluginDriver.limit("done", Side.SELL, "5", "10",
                    TimeInForce.DAY), T0);
            tracker.record(done, tracker.report(done, "E1", ExecType.TRADE, OrderStatus.FILLED, new BigDecimal("5"),
                    BigDecimal.TEN, null, T0));
            tracker.registerNew(FixPluginDriver.limit("live", Side.BUY, "5", "9", TimeInForce.GTC), T0);
        }

        List<ExecutionReport> journaled = new ArrayList<>();
        try (OrderTracker later = open(T0.plus(Duration.ofHours(25)), journaled)) {
            assertThat(later.find("done")).isEmpty();
            assertThat(later.find("live")).isPresent();
            assertThat(journaled).isEmpty();
        }
        assertThat(Files.readString(dir.resolve("orders.jsonl"))).doesNotContain("\"done\"");
    }

    @Test
    @DisplayName("a torn last line (a crash mid-write) is skipped; the rest is read")
    void shouldSkipTornLine() throws Exception {
        try (OrderTracker tracker = open(T0, new ArrayList<>())) {
            tracker.registerNew(FixPluginDriver.limit("kept", Side.BUY, "5", "9", TimeInForce.DAY), T0);
        }
        Files.writeString(dir.resolve("orders.jsonl"), "{\"e\":\"order\",\"id\":\"to",
                java.nio.file.StandardOpenOption.APPEND);

        try (OrderTracker restarted = open(T0, new ArrayList<>())) {
            assertThat(restarted.find("kept")).isPresent();
            assertThat(restarted.size()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("refuses to cancel or replace an order it does not know or that is over")
    void shouldRefuseRequestsForUnknownOrEndedOrders() throws Exception {
        try (OrderTracker tracker = open(T0, new ArrayList<>())) {
            OrderRequest request = FixPluginDriver.market("M", Side.BUY, "5");
            TrackedOrder order = tracker.registerNew(request, T0);
            tracker.record(order, tracker.report(order, "E1", ExecType.TRADE, OrderStatus.FILLED,
                    new BigDecimal("5"), BigDecimal.TEN, null, T0));

            assertThatThrownBy(() -> tracker.registerCancel("X", "M")).hasMessageContaining("it is FILLED");
            assertThatThrownBy(() -> tracker.registerCancel("X", "nope")).hasMessageContaining("does not know it");
            assertThatThrownBy(() -> tracker.registerReplacement(new ReplaceRequest("M", "N", "fix", "AAPL",
                    Side.BUY, null, null, null, null, null), T0)).hasMessageContaining("it is FILLED");
        }
    }
}
