package io.dto.plugins.fix;

import io.dto.api.codec.RecordJson;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.vertx.core.json.JsonObject;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Every order the plugin has sent and not yet forgotten, by ClOrdID, with the ClOrdIDs of cancel requests as aliases
 * of the orders they cancel. Each change is journaled ({@link OrderJournal}) before it has consequences, so a
 * restarted plugin knows its orders, what it reported about them and when each was submitted.
 *
 * <p>Threads: the sender thread registers requests, QuickFIX/J's thread applies reports and resend decisions. Every
 * method synchronises on the tracker; the classes that decide on reports ({@link ExecutionMatcher},
 * {@link Reconciler}, {@link ResendGuard}) hold the same monitor across a decision. Nothing sends a FIX message while
 * holding it (QuickFIX/J calls {@code toApp} under its own sequence lock, which would invert the order).
 */
final class OrderTracker implements Closeable {

    /** Orders that ended longer ago than this are dropped from the journal when the plugin starts. */
    static final Duration KEEP_ENDED = Duration.ofHours(24);

    private final String broker;
    private final OrderJournal journal;
    private final Map<String, TrackedOrder> orders = new LinkedHashMap<>();
    private final Map<String, String> cancelAliases = new HashMap<>();

    private OrderTracker(String broker, OrderJournal journal) {
        this.broker = broker;
        this.journal = journal;
    }

    /**
     * Opens the journal and rebuilds the orders from it, dropping orders that ended more than {@link #KEEP_ENDED}
     * ago. Blocking I/O.
     *
     * @param journaledReports receives the reports journaled for the orders kept, oldest first, for re-delivery
     */
    static OrderTracker open(String broker, Path file, Logger log, Instant now,
            List<ExecutionReport> journaledReports) throws IOException {
        List<JsonObject> events = new ArrayList<>();
        OrderJournal journal = OrderJournal.open(file, log, events);
        OrderTracker tracker = new OrderTracker(broker, journal);
        for (JsonObject event : events) {
            tracker.replay(event);
        }
        Set<String> kept = tracker.keep(now.minus(KEEP_ENDED));
        List<JsonObject> compacted = new ArrayList<>();
        for (JsonObject event : events) {
            if (kept.contains(tracker.orderOf(event))) {
                compacted.add(event);
                if ("report".equals(event.getString("e"))) {
                    journaledReports.add(RecordJson.fromJson(event.getJsonObject("r"), ExecutionReport.class));
                }
            }
        }
        tracker.orders.keySet().retainAll(kept);
        tracker.cancelAliases.values().retainAll(kept);
        journal.rewrite(compacted);
        return tracker;
    }

    String broker() {
        return broker;
    }

    /** Registers a new order before it is sent; a ClOrdID is used once, so a repeat is refused. */
    synchronized TrackedOrder registerNew(OrderRequest request, Instant now) {
        requireUnused(request.id());
        TrackedOrder order = new TrackedOrder(request.id(), null, request.symbol(), request.side(), request.type(),
                request.quantity(), request.price(), request.stopPrice(), request.timeInForce(), now);
        add(order);
        return order;
    }

    /**
     * Registers the replacement an OrderCancelReplaceRequest asks for; terms it leaves out are the original's.
     *
     * @throws IllegalStateException when the original is unknown or over, or the new ClOrdID is missing or used
     */
    synchronized TrackedOrder registerReplacement(ReplaceRequest request, Instant now) {
        TrackedOrder original = live(request.orderId(), "replace");
        if (request.newOrderId() == null || request.newOrderId().isBlank()) {
            throw new IllegalStateException("a replace needs the new ClOrdID (newOrderId)");
        }
        requireUnused(request.newOrderId());
        TrackedOrder replacement = new TrackedOrder(request.newOrderId(), original.id(), original.symbol(),
                original.side(), orElse(request.type(), original.type()),
                orElse(request.quantity(), original.quantity()), orElse(request.price(), original.price()),
                orElse(request.stopPrice(), original.stopPrice()),
                orElse(request.timeInForce(), original.timeInForce()), now);
        add(replacement);
        return replacement;
    }

    /** Records that {@code cancelId} asks to cancel {@code orderId}, and returns that order. */
    synchronized TrackedOrder registerCancel(String cancelId, String orderId) {
        TrackedOrder order = live(orderId, "cancel");
        requireUnused(cancelId);
        cancelAliases.put(cancelId, order.id());
        journal.append(new JsonObject().put("e", "alias").put("id", cancelId).put("of", order.id()));
        return order;
    }

    /** An order by its ClOrdID or by the ClOrdID of a cancel request for it. */
    synchronized Optional<TrackedOrder> find(String clOrdId) {
        if (clOrdId == null) {
            return Optional.empty();
        }
        TrackedOrder order = orders.get(clOrdId);
        return Optional.ofNullable(order != null ? order : orders.get(cancelAliases.get(clOrdId)));
    }

    /** The live order with this ClOrdID. @throws IllegalStateException naming why there is none */
    synchronized TrackedOrder live(String clOrdId, String forWhat) {
        TrackedOrder order = find(clOrdId).orElseThrow(() -> new IllegalStateException(
                "cannot " + forWhat + " order " + clOrdId + ": broker " + broker + " does not know it"));
        if (!order.isLive()) {
            throw new IllegalStateException("cannot " + forWhat + " order " + clOrdId + ": it is " + order.status());
        }
        return order;
    }

    synchronized List<TrackedOrder> liveOrders() {
        return orders.values().stream().filter(TrackedOrder::isLive).toList();
    }

    synchronized int size() {
        return orders.size();
    }

    /** Applies a report about {@code order} and journals it; the caller then delivers it to the gateway. */
    synchronized ExecutionReport record(TrackedOrder order, ExecutionReport report) {
        apply(order, report);
        journal.append(new JsonObject().put("e", "report").put("r", exactJson(report)));
        return report;
    }

    /** Ends an order that never reached the venue (the session did not take it); nothing is reported. */
    synchronized void withdraw(String id, Instant now) {
        TrackedOrder order = orders.get(id);
        order.close(OrderStatus.REJECTED, now);
        journal.append(new JsonObject().put("e", "withdrawn").put("id", id).put("at", now.toString()));
    }

    /**
     * A report of the plugin's own making (stale, reconciled, a refused request) about {@code order} as it stands,
     * plus the fill given, if any; the ExecID must be stable, so that a repeat is recognised.
     */
    synchronized ExecutionReport report(TrackedOrder order, String execId, ExecType type, OrderStatus status,
            BigDecimal lastQty, BigDecimal lastPx, String text, Instant at) {
        TrackedOrder base = type == ExecType.REPLACED && orders.containsKey(order.replaces())
                ? orders.get(order.replaces()) : order;
        BigDecimal cum = base.cumQty();
        BigDecimal avg = base.avgPx();
        if (lastQty != null) {
            BigDecimal cost = avg.multiply(cum).add(lastPx.multiply(lastQty));
            cum = cum.add(lastQty);
            avg = cost.divide(cum, MathContext.DECIMAL64);
        }
        BigDecimal leaves = status.isTerminal() ? BigDecimal.ZERO : order.quantity().subtract(cum).max(BigDecimal.ZERO);
        return new ExecutionReport(broker, order.id(), order.replaces(), order.venueOrderId(), execId, type, status,
                order.symbol(), order.side(), lastQty, lastPx, cum, leaves, avg, text, at, false);
    }

    @Override
    public synchronized void close() throws IOException {
        journal.close();
    }

    private void apply(TrackedOrder order, ExecutionReport report) {
        if (report.execType() == ExecType.REPLACED && order.replaces() != null) {
            TrackedOrder original = orders.get(order.replaces());
            if (original != null) {
                order.continueFrom(original);
                original.close(OrderStatus.REPLACED, report.transactTime());
            }
        }
        order.apply(report.execId(), report.status(), report.isFill() ? report.lastQuantity() : null,
                report.lastPrice(), report.brokerOrderId(), report.transactTime());
    }

    private void add(TrackedOrder order) {
        orders.put(order.id(), order);
        journal.append(new JsonObject().put("e", "order").put("id", order.id()).put("replaces", order.replaces())
                .put("symbol", order.symbol()).put("side", order.side().name()).put("type", order.type().name())
                .put("qty", order.quantity().toPlainString()).put("price", plain(order.price()))
                .put("stop", plain(order.stopPrice())).put("tif", order.timeInForce().name())
                .put("at", order.submittedAt().toString()));
    }

    private void requireUnused(String clOrdId) {
        if (orders.containsKey(clOrdId) || cancelAliases.containsKey(clOrdId)) {
            throw new IllegalStateException("ClOrdID " + clOrdId + " was already sent to " + broker
                    + "; an order is never sent twice");
        }
    }

    private void replay(JsonObject event) {
        switch (event.getString("e", "")) {
            case "order" -> orders.put(event.getString("id"), new TrackedOrder(event.getString("id"),
                    event.getString("replaces"), event.getString("symbol"), Side.valueOf(event.getString("side")),
                    OrderType.valueOf(event.getString("type")), new BigDecimal(event.getString("qty")),
                    decimal(event.getString("price")), decimal(event.getString("stop")),
                    TimeInForce.valueOf(event.getString("tif")), Instant.parse(event.getString("at"))));
            case "alias" -> cancelAliases.put(event.getString("id"), event.getString("of"));
            case "report" -> {
                ExecutionReport report = RecordJson.fromJson(event.getJsonObject("r"), ExecutionReport.class);
                Optional<TrackedOrder> order = find(report.orderId()).or(() -> find(report.origOrderId()));
                order.ifPresent(o -> apply(o, report));
            }
            case "withdrawn" -> Optional.ofNullable(orders.get(event.getString("id")))
                    .ifPresent(o -> o.close(OrderStatus.REJECTED, Instant.parse(event.getString("at"))));
            default -> throw new IllegalStateException("unknown FIX order journal event " + event.encode());
        }
    }

    /** The order an event belongs to, for compaction. */
    private String orderOf(JsonObject event) {
        return switch (event.getString("e")) {
            case "alias" -> event.getString("of");
            case "report" -> {
                JsonObject report = event.getJsonObject("r");
                yield find(report.getString("orderId")).or(() -> find(report.getString("origOrderId")))
                        .map(TrackedOrder::id).orElse(null);
            }
            default -> event.getString("id");
        };
    }

    /** The orders still live or ended after {@code since}, with the originals of kept replacements. */
    private Set<String> keep(Instant since) {
        Set<String> kept = new HashSet<>();
        for (TrackedOrder order : orders.values()) {
            if (order.isLive() || order.updatedAt().isAfter(since)) {
                kept.add(order.id());
                if (order.replaces() != null) {
                    kept.add(order.replaces());
                }
            }
        }
        return kept;
    }

    /** The report as JSON with decimals as strings, so nothing is lost to binary floating point on the way back. */
    private static JsonObject exactJson(ExecutionReport report) {
        JsonObject json = RecordJson.toJson(report);
        json.getMap().replaceAll((key, value) -> value instanceof BigDecimal d ? d.toPlainString() : value);
        return json;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
