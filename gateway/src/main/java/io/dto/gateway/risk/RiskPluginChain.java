package io.dto.gateway.risk;

import io.dto.api.message.Account;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.Position;
import io.dto.api.message.RiskDecision;
import io.dto.gateway.plugin.RiskQuery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.List;
import java.util.function.Supplier;

/**
 * The plugin half of the risk gate: asks each configured risk plugin in turn (a {@link RiskQuery.ValidateOrder} to
 * its host); the first rejection wins. A plugin that is not running, fails or does not answer in time rejects the
 * order: the gate fails closed.
 */
public final class RiskPluginChain {

    private final Vertx vertx;
    private final List<String> plugins;
    private final DeliveryOptions options;

    public RiskPluginChain(Vertx vertx, List<String> plugins, long timeoutMillis) {
        this.vertx = vertx;
        this.plugins = List.copyOf(plugins);
        this.options = new DeliveryOptions().setSendTimeout(timeoutMillis);
    }

    public boolean isEmpty() {
        return plugins.isEmpty();
    }

    public List<String> plugins() {
        return plugins;
    }

    public Future<RiskDecision> validate(OrderRequest order, Supplier<List<Position>> positions,
            Supplier<Account> account) {
        if (plugins.isEmpty()) {
            return Future.succeededFuture(RiskDecision.approve());
        }
        RiskQuery.ValidateOrder query = new RiskQuery.ValidateOrder(order, positions.get(), account.get());
        return ask(0, query);
    }

    private Future<RiskDecision> ask(int index, RiskQuery.ValidateOrder query) {
        if (index == plugins.size()) {
            return Future.succeededFuture(RiskDecision.approve());
        }
        String plugin = plugins.get(index);
        return vertx.eventBus().<RiskDecision>request(RiskQuery.address(plugin), query, options)
                .map(reply -> named(plugin, reply.body()))
                .otherwise(e -> RiskDecision.reject("risk_plugin", "risk plugin " + plugin
                        + " gave no decision (" + e.getMessage() + "); orders are refused until it answers"))
                .compose(decision -> decision.approved() ? ask(index + 1, query) : Future.succeededFuture(decision));
    }

    private static RiskDecision named(String plugin, RiskDecision decision) {
        if (decision == null) {
            return RiskDecision.reject("risk_plugin", "risk plugin " + plugin + " answered without a decision");
        }
        return decision.approved() ? decision
                : RiskDecision.reject(plugin + "." + decision.rule(), decision.reason());
    }
}
