package io.dto.gateway.order;

import io.dto.api.message.CancelRequest;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.RiskDecision;
import io.dto.gateway.risk.RiskGate;
import io.dto.gateway.risk.RiskPluginChain;
import io.vertx.core.Future;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code order.cancel} and {@code order.replace}. A cancel is always allowed (it only lowers risk); a replacement
 * passes the risk gate as the order it would become. Both mark the order pending, commit, answer, then go through
 * the broker's rate limit and circuit breaker; if they cannot reach the broker the order returns to where it was.
 */
final class OrderAmendments {

    private static final Logger LOG = LoggerFactory.getLogger(OrderAmendments.class);

    private final OrderCore core;
    private final RiskGate gate;
    private final RiskPluginChain plugins;

    OrderAmendments(OrderCore core, RiskGate gate, RiskPluginChain plugins) {
        this.core = core;
        this.gate = gate;
        this.plugins = plugins;
    }

    Future<OrderEvent> cancel(CancelRequest request) {
        return amendable(request.orderId(), "canceled").compose(order -> {
            order.requestPending(OrderStatus.PENDING_CANCEL, core.now());
            return core.commit(order).map(v -> {
                OrderEvent answer = order.snapshot();
                sendCancel(order, request.reason());
                return answer;
            });
        });
    }

    /** Cancels an open order for the kill switch; a cancel already pending is left alone. */
    void cancelForKillSwitch(ManagedOrder order, String scope) {
        if (order.status() == OrderStatus.PENDING_CANCEL || order.status().isTerminal()) {
            return;
        }
        order.requestPending(OrderStatus.PENDING_CANCEL, core.now());
        core.commit(order).onSuccess(v -> sendCancel(order, "kill switch " + scope));
    }

    private void sendCancel(ManagedOrder order, String reason) {
        OrderRequest original = order.request();
        CancelRequest cancel = new CancelRequest(order.id(), core.nextId(), original.broker(), original.symbol(),
                original.side(), reason);
        core.channel(original.broker()).send(cancel).onFailure(e -> {
            LOG.warn("cancel of order {} did not reach broker {}: {}", order.id(), original.broker(), e.getMessage());
            if (order.status() == OrderStatus.PENDING_CANCEL) {
                order.revertPending("cancel not sent: " + e.getMessage(), core.now());
                core.commit(order);
            }
        });
    }

    Future<OrderEvent> replace(ReplaceRequest request) {
        return amendable(request.orderId(), "replaced").compose(original -> {
            OrderRequest replacement = replacement(original, request).withId(core.nextId());
            ManagedOrder successor = new ManagedOrder(replacement, core.now(), original.id());
            RiskDecision decision = checkExcluding(original, replacement);
            if (!decision.approved()) {
                return Future.failedFuture(new OrderRefusedException(422, OrderIntake.reason(decision)));
            }
            successor.riskPrice(gate.ticket().riskPrice());
            gate.accepted(replacement, true);
            return plugins.validate(replacement, () -> core.accounts().positions(replacement.account()),
                            () -> core.accounts().snapshot(replacement.account()))
                    .compose(pluginDecision -> pluginDecision.approved()
                            ? sendReplace(original, successor)
                            : Future.failedFuture(new OrderRefusedException(422, OrderIntake.reason(pluginDecision))));
        });
    }

    /** The replacement is checked as if the original were gone: it takes the original's place in the limits. */
    private RiskDecision checkExcluding(ManagedOrder original, OrderRequest replacement) {
        OrderRequest request = original.request();
        BigDecimal leaves = original.leaves();
        core.exposure().reduce(request.account(), request.symbol(), request.side(), leaves, original.riskPrice());
        try {
            return gate.check(replacement, true);
        } finally {
            core.exposure().reduce(request.account(), request.symbol(), request.side(), leaves.negate(),
                    original.riskPrice());
        }
    }

    private Future<OrderEvent> sendReplace(ManagedOrder original, ManagedOrder successor) {
        if (original.status().isTerminal() || original.pendingReplacement() != null) {
            return Future.failedFuture(new OrderRefusedException(409, "order " + original.id() + " changed to "
                    + original.status() + " while its replacement was being checked"));
        }
        core.track(successor);
        core.reserve(successor);
        original.requestPending(OrderStatus.PENDING_REPLACE, core.now());
        original.pendingReplacement(successor.id());
        return core.commit(original, successor).map(v -> {
            OrderEvent answer = successor.snapshot();
            OrderRequest r = successor.request();
            ReplaceRequest toBroker = new ReplaceRequest(original.id(), successor.id(), r.broker(), r.symbol(),
                    r.side(), r.type(), r.quantity(), r.price(), r.stopPrice(), r.timeInForce());
            core.channel(r.broker()).send(toBroker).onFailure(e -> replaceNotSent(original, successor, e));
            return answer;
        });
    }

    private void replaceNotSent(ManagedOrder original, ManagedOrder successor, Throwable e) {
        LOG.warn("replace of order {} did not reach broker {}: {}", original.id(), original.request().broker(),
                e.getMessage());
        if (original.pendingReplacement() == null || !original.pendingReplacement().equals(successor.id())) {
            return;
        }
        original.pendingReplacement(null);
        original.revertPending("replace not sent: " + e.getMessage(), core.now());
        BigDecimal leaves = successor.leaves();
        successor.reject("replace not sent: " + e.getMessage(), core.now());
        core.settleExposure(successor, leaves, true);
        core.commit(original, successor);
    }

    private static OrderRequest replacement(ManagedOrder original, ReplaceRequest change) {
        OrderRequest old = original.request();
        BigDecimal quantity = change.quantity() == null ? old.quantity() : change.quantity();
        if (quantity.compareTo(original.filledQuantity()) <= 0) {
            throw new OrderRefusedException(400, "quantity " + quantity.toPlainString() + " must exceed the "
                    + original.filledQuantity().toPlainString() + " already filled");
        }
        var type = change.type() == null ? old.type() : change.type();
        BigDecimal price = change.price() != null ? change.price() : type.needsLimitPrice() ? old.price() : null;
        BigDecimal stop = change.stopPrice() != null ? change.stopPrice() : type.needsStopPrice() ? old.stopPrice() : null;
        var timeInForce = change.timeInForce() == null ? old.timeInForce() : change.timeInForce();
        try {
            return new OrderRequest(null, null, old.account(), old.strategyId(), old.broker(), old.symbol(),
                    old.side(), type, quantity, price, stop, timeInForce);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OrderRefusedException(400, e.getMessage());
        }
    }

    /** The order, if it is open and has no cancel or replace pending; otherwise a refusal that says why. */
    private Future<ManagedOrder> amendable(String orderId, String verb) {
        ManagedOrder order = core.order(orderId);
        if (order == null) {
            return core.repository().findOrder(orderId).compose(found -> Future.failedFuture(found
                    .<Throwable>map(stored -> new OrderRefusedException(409, "order " + orderId + " is "
                            + stored.record().order().status() + " and cannot be " + verb))
                    .orElseGet(() -> new OrderRefusedException(404, "no order '" + orderId + "'"))));
        }
        if (order.status() == OrderStatus.PENDING_CANCEL || order.status() == OrderStatus.PENDING_REPLACE) {
            return Future.failedFuture(new OrderRefusedException(409, "order " + orderId + " is "
                    + order.status() + "; wait for the broker's answer"));
        }
        return Future.succeededFuture(order);
    }
}
