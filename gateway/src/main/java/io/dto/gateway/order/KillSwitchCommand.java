package io.dto.gateway.order;

import io.dto.gateway.persistence.ChangeSet;
import io.dto.gateway.persistence.KillSwitchRecord;
import io.dto.gateway.risk.KillSwitch;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/**
 * Turns a kill-switch scope on or off: validated, applied at once (turning it on cancels every open order in its
 * scope), then persisted so that it survives a restart. New orders in the scope are refused by the risk gate until a
 * person turns it off.
 */
final class KillSwitchCommand {

    private final OrderCore core;
    private final KillSwitch killSwitch;
    private final OrderAmendments amendments;
    private final Set<String> brokers;

    KillSwitchCommand(OrderCore core, KillSwitch killSwitch, OrderAmendments amendments, Set<String> brokers) {
        this.core = core;
        this.killSwitch = killSwitch;
        this.amendments = amendments;
        this.brokers = brokers;
    }

    Future<JsonObject> apply(JsonObject body) {
        if (!(body.getValue("enabled") instanceof Boolean enabled)) {
            throw new OrderRefusedException(400, "\"enabled\" must be true or false");
        }
        Object scopeValue = body.getValue("scope", KillSwitch.ALL);
        if (!(scopeValue instanceof String scope)) {
            throw new OrderRefusedException(400, "\"scope\" must be a string: \"all\", \"broker:<id>\" or "
                    + "\"strategy:<id>\"");
        }
        try {
            KillSwitch.validateScope(scope);
        } catch (IllegalArgumentException e) {
            throw new OrderRefusedException(400, e.getMessage());
        }
        if (scope.startsWith(KillSwitch.BROKER) && !brokers.contains(scope.substring(KillSwitch.BROKER.length()))) {
            throw new OrderRefusedException(400, "unknown broker in scope \"" + scope + "\"; the brokers are "
                    + brokers.stream().sorted().toList());
        }
        Instant now = core.now();
        killSwitch.set(scope, enabled, now);
        int canceled = 0;
        if (enabled) {
            for (ManagedOrder order : core.openOrders()) {
                var request = order.request();
                if (KillSwitch.inScope(scope, request.broker(), request.strategyId())) {
                    amendments.cancelForKillSwitch(order, scope);
                    canceled++;
                }
            }
        }
        JsonObject state = new JsonObject().put("scope", scope).put("enabled", enabled)
                .put("since", enabled ? now.toString() : null).put("canceledOrders", canceled);
        return core.repository().save(new ChangeSet().killSwitch(new KillSwitchRecord(scope, enabled, now)))
                .transform(ar -> ar.succeeded() ? Future.succeededFuture(state)
                        : Future.failedFuture(new OrderRefusedException(503, "the kill switch is "
                                + (enabled ? "on" : "off") + " in this gateway but could not be stored, so a restart "
                                + "would not keep it: " + ar.cause().getMessage())));
    }
}
