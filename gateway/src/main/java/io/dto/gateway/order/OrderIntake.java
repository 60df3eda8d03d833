package io.dto.gateway.order;

import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.RiskDecision;
import io.dto.gateway.broker.BrokerSendException;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.risk.RiskGate;
import io.dto.gateway.risk.RiskPluginChain;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code order.submit}: validate, give a ClOrdID, run the risk gate (built-in checks, then the risk plugins),
 * commit, acknowledge, then send through the broker's rate limit and circuit breaker. An order is written before it
 * is acknowledged and before it reaches a broker, so an acknowledged order survives a kill. A retried submit with
 * the same clientOrderId returns the first order.
 */
final class OrderIntake {

    private static final Logger LOG = LoggerFactory.getLogger(OrderIntake.class);

    private final OrderCore core;
    private final GatewayConfig.OrderConfig config;
    private final Set<String> brokers;
    private final RiskGate gate;
    private final RiskPluginChain plugins;
    /** Submits not yet answered, by ClOrdID: a retry while the first is in the gate waits for the same answer. */
    private final Map<String, Future<OrderEvent>> inFlight = new HashMap<>();

    OrderIntake(OrderCore core, GatewayConfig.OrderConfig config, Set<String> brokers, RiskGate gate,
            RiskPluginChain plugins) {
        this.core = core;
        this.config = config;
        this.brokers = Set.copyOf(brokers);
        this.gate = gate;
        this.plugins = plugins;
    }

    Future<OrderEvent> submit(OrderRequest incoming) {
        String key = incoming.clientOrderId();
        if (key != null && core.clientOrderIds().containsKey(key)) {
            return existing(core.clientOrderIds().get(key));
        }
        OrderRequest request = route(incoming).withId(core.nextId());
        ManagedOrder order = new ManagedOrder(request, core.now(), null);
        if (key != null) {
            core.clientOrderIds().put(key, order.id());
        }
        Future<OrderEvent> answer = decide(order);
        inFlight.put(order.id(), answer);
        return answer.onComplete(ar -> inFlight.remove(order.id()));
    }

    private OrderRequest route(OrderRequest incoming) {
        String broker = orElse(incoming.broker(), config.defaultBroker());
        if (!brokers.contains(broker)) {
            throw new OrderRefusedException(400, "unknown broker '" + broker + "'; the brokers are "
                    + brokers.stream().sorted().toList());
        }
        if (!config.symbols().contains(incoming.symbol())) {
            throw new OrderRefusedException(400, "unknown symbol '" + incoming.symbol() + "'; the tradable symbols "
                    + "are " + config.symbols().stream().sorted().toList());
        }
        return incoming.withRouting(broker, orElse(incoming.account(), config.defaultAccount()));
    }

    private Future<OrderEvent> decide(ManagedOrder order) {
        RiskDecision builtIn = gate.check(order.request(), false);
        if (!builtIn.approved()) {
            return rejected(order, builtIn);
        }
        order.riskPrice(gate.ticket().riskPrice());
        core.track(order);
        core.reserve(order);
        gate.accepted(order.request(), false);
        if (plugins.isEmpty()) {
            return accept(order);
        }
        String account = order.request().account();
        return plugins.validate(order.request(), () -> core.accounts().positions(account),
                        () -> core.accounts().snapshot(account))
                .compose(decision -> {
                    if (decision.approved()) {
                        return accept(order);
                    }
                    BigDecimal leaves = order.leaves();
                    order.reject(reason(decision), core.now());
                    core.settleExposure(order, leaves, true);
                    return commitRejection(order);
                });
    }

    private Future<OrderEvent> rejected(ManagedOrder order, RiskDecision decision) {
        order.reject(reason(decision), core.now());
        return commitRejection(order);
    }

    /** A rejected order is written too (every order is accounted for), and answered whether or not that worked. */
    private Future<OrderEvent> commitRejection(ManagedOrder order) {
        LOG.info("order {} {} {} {} rejected: {}", order.id(), order.request().side(), order.request().quantity(),
                order.request().symbol(), order.snapshot().reason());
        return core.commit(order).transform(ar -> Future.succeededFuture(order.snapshot()));
    }

    private Future<OrderEvent> accept(ManagedOrder order) {
        return core.commit(order)
                .recover(e -> {
                    BigDecimal leaves = order.leaves();
                    order.reject("not persisted: " + e.getMessage(), core.now());
                    core.settleExposure(order, leaves, true);
                    core.clientOrderIds().remove(order.request().clientOrderId());
                    return Future.failedFuture(new OrderRefusedException(503, "the order could not be stored and "
                            + "was not sent: " + e.getMessage()));
                })
                .map(v -> {
                    OrderEvent acknowledged = order.snapshot();
                    send(order);
                    return acknowledged;
                });
    }

    private void send(ManagedOrder order) {
        core.channel(order.request().broker()).send(order.request())
                .onFailure(e -> brokerFailed(order, e));
    }

    private void brokerFailed(ManagedOrder order, Throwable error) {
        BrokerSendException failure = error instanceof BrokerSendException known ? known
                : new BrokerSendException(BrokerSendException.Kind.BROKER_ERROR, String.valueOf(error.getMessage()));
        if (failure.mayHaveReachedVenue() || order.status() != OrderStatus.PENDING_NEW) {
            LOG.warn("order {}: {}", order.id(), failure.getMessage());
            order.note(failure.getMessage(), core.now());
            core.commit(order);
            if (failure.mayHaveReachedVenue()) {
                core.requestStatus(order, config.brokerTimeoutMillis());
            }
            return;
        }
        BigDecimal leaves = order.leaves();
        order.reject(failure.getMessage(), core.now());
        core.settleExposure(order, leaves, true);
        core.commit(order);
    }

    /** The first order of a retried clientOrderId: still in the gate, open in memory, or in the repository. */
    private Future<OrderEvent> existing(String orderId) {
        Future<OrderEvent> pending = inFlight.get(orderId);
        if (pending != null) {
            return pending;
        }
        ManagedOrder order = core.order(orderId);
        if (order != null) {
            return Future.succeededFuture(order.snapshot());
        }
        return core.repository().findOrder(orderId).compose(found -> found
                .map(stored -> Future.succeededFuture(stored.record().order()))
                .orElseGet(() -> Future.failedFuture(new OrderRefusedException(503,
                        "order " + orderId + " of this clientOrderId is not in storage"))));
    }

    static String reason(RiskDecision decision) {
        return decision.rule() + ": " + decision.reason();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
