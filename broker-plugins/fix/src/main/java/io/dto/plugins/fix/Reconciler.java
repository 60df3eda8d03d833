package io.dto.plugins.fix;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Brings the plugin's orders in line with what the venue holds, after every logon: asks for the status of every
 * live order (one OrderMassStatusRequest first where configured, then an OrderStatusRequest for each order it did
 * not cover) and turns each answer's differences into reports: the fills missed (one fill for the missing quantity
 * at the price that makes the average come out as the venue's), an acknowledgement missed, or the order's end.
 * Reports it makes carry ExecIDs derived from the order and the venue's state ({@code R:<ClOrdID>:<CumQty>}), so
 * finding the same difference twice reports it once. Every difference is logged.
 *
 * <p>Threads: {@link #begin} runs on the sender thread, answers arrive on QuickFIX/J's thread; the pending requests
 * are guarded by this object's monitor, order state by the tracker's.
 */
final class Reconciler {

    /** What to ask the venue after a logon. @param massStatusId {@code null} when asking order by order */
    record Plan(String massStatusId, List<TrackedOrder> orders) {
    }

    /** What an answer changes: reports to deliver, and orders to ask about one by one (after a mass status). */
    record Answer(List<ExecutionReport> reports, List<TrackedOrder> followUps) {
    }

    private final OrderTracker tracker;
    private final Logger log;
    private final AtomicLong requests = new AtomicLong();
    private final String requestPrefix;
    private final Set<String> explicit = new HashSet<>();
    private String massStatusId;
    private Set<String> massStatusExpected = Set.of();
    private final Set<String> massStatusCovered = new HashSet<>();

    Reconciler(OrderTracker tracker, Logger log, Instant start) {
        this.tracker = tracker;
        this.log = log;
        this.requestPrefix = "MS-" + Long.toString(start.toEpochMilli(), 36) + "-";
    }

    /** Snapshots the live orders and decides how to ask about them. */
    synchronized Plan begin(boolean useMassStatus) {
        List<TrackedOrder> live = tracker.liveOrders();
        log.info("reconciling {} open order(s) with the venue{}", live.size(),
                useMassStatus ? " (OrderMassStatusRequest)" : "");
        if (!useMassStatus) {
            massStatusId = null;
            return new Plan(null, live);
        }
        massStatusId = requestPrefix + requests.incrementAndGet();
        massStatusExpected = new HashSet<>(live.stream().map(TrackedOrder::id).toList());
        massStatusCovered.clear();
        return new Plan(massStatusId, List.of());
    }

    /** A status request the gateway asked for: its answer is passed on even when nothing differs. */
    synchronized void explicitRequest(String orderId) {
        explicit.add(orderId);
    }

    /** An answer to a status request (or one report of a mass status answer). */
    Answer onStatus(FixExecution e, Instant now) {
        Optional<TrackedOrder> found = tracker.find(e.clOrdId()).or(() -> tracker.find(e.origClOrdId()));
        List<ExecutionReport> reports = found.map(order -> differences(order, e, now)).orElseGet(() -> {
            if (e.clOrdId() != null && !e.isUnknownOrderAnswer()) {
                log.warn("the venue holds order {} (ClOrdID {}, {}) that this gateway does not know", e.venueOrderId(),
                        e.clOrdId(), e.status());
            }
            return List.of();
        });
        return new Answer(reports, e.massStatusReqId() == null ? List.of() : massStatusPart(e, found));
    }

    /**
     * The counterparty refused our OrderMassStatusRequest (it does not support it, whatever {@code mass_status}
     * says): the orders it was to cover are asked about one by one.
     */
    synchronized List<TrackedOrder> massStatusRefused(String requestId) {
        if (requestId == null || !requestId.equals(massStatusId)) {
            return List.of();
        }
        massStatusId = null;
        List<TrackedOrder> rest = massStatusExpected.stream()
                .map(tracker::find)
                .flatMap(Optional::stream)
                .filter(TrackedOrder::isLive)
                .toList();
        log.warn("the counterparty refused the OrderMassStatusRequest; asking about {} order(s) one by one (set "
                + "mass_status: false for this counterparty)", rest.size());
        return rest;
    }

    private synchronized List<TrackedOrder> massStatusPart(FixExecution e, Optional<TrackedOrder> order) {
        if (!e.massStatusReqId().equals(massStatusId)) {
            return List.of();
        }
        order.ifPresent(o -> {
            massStatusCovered.add(o.id());
            if (o.replaces() != null) {
                massStatusCovered.add(o.replaces());
            }
        });
        if (!e.lastOfMassStatus()) {
            return List.of();
        }
        massStatusId = null;
        List<TrackedOrder> rest = new ArrayList<>();
        for (String id : massStatusExpected) {
            if (!massStatusCovered.contains(id)) {
                tracker.find(id).filter(TrackedOrder::isLive).ifPresent(rest::add);
            }
        }
        log.info("mass status covered {} order(s); asking about {} more one by one", massStatusCovered.size(),
                rest.size());
        return rest;
    }

    private List<ExecutionReport> differences(TrackedOrder order, FixExecution e, Instant now) {
        boolean asked;
        synchronized (this) {
            asked = explicit.remove(order.id());
        }
        synchronized (tracker) {
            if (!order.isLive()) {
                if (e.status().isTerminal() || e.isUnknownOrderAnswer()) {
                    return List.of();
                }
                log.error("the venue holds order {} as {} (filled {}) but it ended here as {}; not changed",
                        order.id(), e.status(), e.cumQty(), order.status());
                return List.of();
            }
            if (e.isUnknownOrderAnswer()) {
                return List.of(unknownAtVenue(order, now));
            }
            List<ExecutionReport> reports = new ArrayList<>(3);
            missedAcknowledgement(order, e, now).ifPresent(reports::add);
            missedFill(order, e, now).ifPresent(reports::add);
            missedEnd(order, e, now).ifPresent(reports::add);
            if (reports.isEmpty() && asked) {
                reports.add(tracker.record(order, e.toReport(tracker.broker(), order.id(), order.side(),
                        order.symbol())));
            }
            return reports;
        }
    }

    private ExecutionReport unknownAtVenue(TrackedOrder order, Instant now) {
        if (!order.isAcknowledged()) {
            log.warn("reconciled {}: the venue has no record of it, so it never arrived; reported rejected",
                    order.id());
            return tracker.record(order, tracker.report(order, "R:" + order.id() + ":UNKNOWN", ExecType.REJECTED,
                    OrderStatus.REJECTED, null, null, "the venue has no record of the order: it never arrived "
                            + "(lost in a sequence reset or gap-filled)", now));
        }
        log.error("reconciled {}: the venue no longer knows the order it had acknowledged ({}); reported canceled",
                order.id(), order.status());
        return tracker.record(order, tracker.report(order, "R:" + order.id() + ":UNKNOWN", ExecType.CANCELED,
                OrderStatus.CANCELED, null, null, "the venue no longer knows the order (lost on the venue side)",
                now));
    }

    private Optional<ExecutionReport> missedFill(TrackedOrder order, FixExecution e, Instant now) {
        BigDecimal venueCum = e.cumQty() == null ? BigDecimal.ZERO : e.cumQty();
        int compared = venueCum.compareTo(order.cumQty());
        if (compared < 0) {
            log.error("reconciled {}: the venue has {} filled, fewer than the {} reported here; not changed",
                    order.id(), venueCum.toPlainString(), order.cumQty().toPlainString());
        }
        if (compared <= 0) {
            return Optional.empty();
        }
        BigDecimal missing = venueCum.subtract(order.cumQty());
        BigDecimal venueAvg = e.avgPx() == null ? BigDecimal.ZERO : e.avgPx();
        BigDecimal price = venueAvg.multiply(venueCum).subtract(order.avgPx().multiply(order.cumQty()))
                .divide(missing, MathContext.DECIMAL64).stripTrailingZeros();
        if (price.signum() <= 0) {
            log.error("reconciled {}: the venue has {} more filled but no usable average price ({}); not changed",
                    order.id(), missing.toPlainString(), venueAvg.toPlainString());
            return Optional.empty();
        }
        OrderStatus status = venueCum.compareTo(order.quantity()) >= 0 ? OrderStatus.FILLED
                : OrderStatus.PARTIALLY_FILLED;
        log.info("reconciled {}: the venue filled {} more at {} (filled {} -> {})", order.id(),
                missing.toPlainString(), price.toPlainString(), order.cumQty().toPlainString(),
                venueCum.toPlainString());
        return Optional.of(tracker.record(order, tracker.report(order, "R:" + order.id() + ":" + venueCum
                .toPlainString(), ExecType.TRADE, status, missing, price,
                "reconciled: filled while reports were missed", now)));
    }

    /** The venue holds an order whose acknowledgement (or, for a replacement, whose REPLACED) never arrived. */
    private Optional<ExecutionReport> missedAcknowledgement(TrackedOrder order, FixExecution e, Instant now) {
        if (order.isAcknowledged() || e.status() == OrderStatus.REJECTED) {
            return Optional.empty();
        }
        boolean replacement = order.replaces() != null;
        OrderStatus status = tracker.find(order.replaces()).map(TrackedOrder::cumQty).filter(c -> c.signum() > 0)
                .isPresent() ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
        log.info("reconciled {}: the venue holds it, its {} was missed", order.id(),
                replacement ? "replacement" : "acknowledgement");
        return Optional.of(tracker.record(order, tracker.report(order, "R:" + order.id() + ":ACK",
                replacement ? ExecType.REPLACED : ExecType.NEW, status, null, null,
                "reconciled: acknowledged at the venue", now)));
    }

    /** The venue ended an order (canceled, expired, or rejected it) and the report never arrived. */
    private Optional<ExecutionReport> missedEnd(TrackedOrder order, FixExecution e, Instant now) {
        OrderStatus venue = e.status();
        boolean ended = venue == OrderStatus.CANCELED || venue == OrderStatus.EXPIRED
                || venue == OrderStatus.REJECTED && !order.isAcknowledged();
        if (!ended || venue == order.status() || !order.isLive()) {
            return Optional.empty();
        }
        ExecType type = switch (venue) {
            case CANCELED -> ExecType.CANCELED;
            case EXPIRED -> ExecType.EXPIRED;
            default -> ExecType.REJECTED;
        };
        log.info("reconciled {}: {} here, {} at the venue", order.id(), order.status(), venue);
        String text = e.text() != null ? e.text() : "reconciled: " + venue + " at the venue";
        return Optional.of(tracker.record(order, tracker.report(order, "R:" + order.id() + ":" + venue, type, venue,
                null, null, text, now)));
    }
}
