package io.dto.gateway.order;

import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Position;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.persistence.ChangeSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies execution reports from {@code broker.<id>.reports}: each ExecID once, each status change only when the
 * {@link OrderStateMachine} allows it (anything else is refused and logged), fills into positions and the account,
 * and the whole change committed in one transaction before its events are published.
 */
final class ExecutionApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionApplier.class);

    private final OrderCore core;

    ExecutionApplier(OrderCore core) {
        this.core = core;
    }

    void onReport(ExecutionReport report) {
        ManagedOrder order = resolve(report);
        if (order == null) {
            LOG.warn("execution report {} from {} for unknown or closed order {} ignored", report.execId(),
                    report.broker(), report.orderId());
            return;
        }
        if (order.seen(report.execId())) {
            LOG.info("duplicate execution report {} for order {} ignored", report.execId(), order.id());
            return;
        }
        if (report.execType() == ExecType.REPLACED) {
            replaced(order, report);
            return;
        }
        if (!OrderStateMachine.allows(order.status(), report.status())) {
            LOG.error("execution report {} would move order {} from {} to {}: refused, not applied",
                    report.execId(), order.id(), order.status(), report.status());
            return;
        }
        ChangeSet changes = new ChangeSet();
        List<ManagedOrder> changed = new ArrayList<>(2);
        List<Position> positions = new ArrayList<>(1);
        apply(order, report, changes, positions);
        changed.add(order);
        ManagedOrder successor = core.order(order.pendingReplacement());
        boolean replaceRefused = order.status().isTerminal()
                || (!report.isFill() && order.status() != OrderStatus.PENDING_REPLACE);
        if (successor != null && replaceRefused) {
            order.pendingReplacement(null);
            BigDecimal leaves = successor.leaves();
            successor.reject("replace refused: " + (report.text() == null ? order.status() : report.text()),
                    core.now());
            core.settleExposure(successor, leaves, true);
            changes.order(successor.record());
            changed.add(successor);
        }
        if (order.origOrderId() != null && order.status() == OrderStatus.REJECTED) {
            restoreReplaced(order, report, changes, changed);
        }
        core.commit(changes, changed, positions);
    }

    /**
     * The order a report is about: by ClOrdID, else (a cancel's own ClOrdID) by OrigClOrdID. A pending-replace
     * acknowledgment that names the replacement is about the original.
     */
    private ManagedOrder resolve(ExecutionReport report) {
        if (report.execType() == ExecType.PENDING_REPLACE && report.origOrderId() != null) {
            ManagedOrder original = core.order(report.origOrderId());
            if (original != null) {
                return original;
            }
        }
        ManagedOrder order = core.order(report.orderId());
        return order != null ? order : core.order(report.origOrderId());
    }

    private void apply(ManagedOrder order, ExecutionReport report, ChangeSet changes, List<Position> positions) {
        BigDecimal leaves = order.leaves();
        order.apply(report);
        changes.order(order.record()).execution(report);
        if (report.isFill()) {
            var request = order.request();
            AccountBook.FillResult fill = core.accounts().applyFill(request.account(), request.symbol(),
                    request.side(), report.lastQuantity(), report.lastPrice());
            changes.position(fill.position()).account(fill.account());
            positions.add(fill.position());
        }
        core.settleExposure(order, leaves, true);
    }

    /** The broker replaced an order: the original ends as REPLACED and the replacement continues its fills. */
    private void replaced(ManagedOrder reported, ExecutionReport report) {
        ManagedOrder successor = reported.pendingReplacement() != null ? core.order(reported.pendingReplacement())
                : reported;
        ManagedOrder original = successor == reported ? core.order(successor.origOrderId()) : reported;
        if (original == null || successor == null || !OrderStateMachine.allows(original.status(), OrderStatus.REPLACED)
                || !OrderStateMachine.allows(successor.status(), report.status())) {
            LOG.error("replace report {} for order {} does not match a pending replace: refused, not applied",
                    report.execId(), report.orderId());
            return;
        }
        BigDecimal originalLeaves = original.leaves();
        original.pendingReplacement(null);
        original.replacedAt(report.transactTime());
        core.settleExposure(original, originalLeaves, true);
        BigDecimal successorLeaves = successor.leaves();
        successor.continueFrom(original);
        core.settleExposure(successor, successorLeaves, true);
        ChangeSet changes = new ChangeSet().order(original.record());
        List<Position> positions = new ArrayList<>(1);
        apply(successor, report, changes, positions);
        core.commit(changes, List.of(original, successor), positions);
    }

    /** The broker rejected a replacement: the original goes back to where it was before the replace. */
    private void restoreReplaced(ManagedOrder successor, ExecutionReport report, ChangeSet changes,
            List<ManagedOrder> changed) {
        ManagedOrder original = core.order(successor.origOrderId());
        if (original != null && successor.id().equals(original.pendingReplacement())) {
            original.pendingReplacement(null);
            original.revertPending("replace rejected: " + report.text(), core.now());
            changes.order(original.record());
            changed.add(original);
        }
    }
}
