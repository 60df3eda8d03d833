package io.dto.gateway.order;

import io.dto.api.Addresses;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order manager: accepts orders on {@code order.submit}, gives each a ClOrdID, routes it to its broker,
 * applies the broker's execution reports through the {@link OrderStateMachine} (each ExecID once) and publishes
 * every change on {@code order.events}. All order state lives on this verticle's context.
 */
public final class OrderManagerVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(OrderManagerVerticle.class);

    private final GatewayConfig.OrderConfig config;
    private final InstantSource clock;
    private final OrderViews views;
    private final OrderIds ids;
    private final Map<String, ManagedOrder> orders = new HashMap<>();
    private final Map<String, String> byClientOrderId = new HashMap<>();
    private final Set<String> brokersListenedTo = new HashSet<>();

    public OrderManagerVerticle(GatewayConfig.OrderConfig config, InstantSource clock, OrderViews views) {
        this.config = config;
        this.clock = clock;
        this.views = views;
        this.ids = new OrderIds(clock);
    }

    @Override
    public Future<?> start() {
        return vertx.eventBus().<OrderRequest>consumer(Addresses.ORDER_SUBMIT, this::submit).completion();
    }

    private void submit(Message<OrderRequest> message) {
        OrderRequest incoming = message.body();
        if (!(incoming instanceof OrderRequest)) {
            message.fail(400, "order.submit takes an OrderRequest");
            return;
        }
        String clientOrderId = incoming.clientOrderId();
        if (clientOrderId != null && byClientOrderId.containsKey(clientOrderId)) {
            message.reply(orders.get(byClientOrderId.get(clientOrderId)).snapshot());
            return;
        }
        OrderRequest request = incoming
                .withRouting(orElse(incoming.broker(), config.defaultBroker()),
                        orElse(incoming.account(), config.defaultAccount()))
                .withId(ids.next());
        ManagedOrder order = new ManagedOrder(request, clock.instant());
        orders.put(order.id(), order);
        if (clientOrderId != null) {
            byClientOrderId.put(clientOrderId, order.id());
        }
        publish(order);
        message.reply(order.snapshot());
        route(order);
    }

    private void route(ManagedOrder order) {
        String broker = order.request().broker();
        listenTo(broker);
        DeliveryOptions options = new DeliveryOptions().setSendTimeout(config.brokerTimeoutMillis());
        vertx.eventBus().request(Addresses.brokerOrders(broker), order.request(), options)
                .onFailure(e -> brokerRefused(order, e));
    }

    private void brokerRefused(ManagedOrder order, Throwable e) {
        if (order.status() != OrderStatus.PENDING_NEW) {
            LOG.warn("broker {} failed on order {} after it was acknowledged: {}", order.request().broker(),
                    order.id(), e.getMessage());
            return;
        }
        String reason = e instanceof ReplyException reply && reply.failureType() == io.vertx.core.eventbus
                .ReplyFailure.NO_HANDLERS
                ? "no broker '" + order.request().broker() + "' is running"
                : "broker " + order.request().broker() + " did not take the order: " + e.getMessage();
        order.reject(reason, clock.instant());
        publish(order);
    }

    private void listenTo(String broker) {
        if (brokersListenedTo.add(broker)) {
            vertx.eventBus().<ExecutionReport>consumer(Addresses.brokerReports(broker), m -> onReport(m.body()));
        }
    }

    private void onReport(ExecutionReport report) {
        ManagedOrder order = orders.get(report.orderId());
        if (order == null) {
            LOG.warn("execution report {} from {} for unknown order {} ignored", report.execId(), report.broker(),
                    report.orderId());
            return;
        }
        if (order.seen(report.execId())) {
            LOG.info("duplicate execution report {} for order {} ignored", report.execId(), order.id());
            return;
        }
        if (!OrderStateMachine.allows(order.status(), report.status())) {
            LOG.error("execution report {} would move order {} from {} to {}: refused", report.execId(), order.id(),
                    order.status(), report.status());
            return;
        }
        order.apply(report, report.status());
        publish(order);
    }

    private void publish(ManagedOrder order) {
        OrderEvent event = order.snapshot();
        views.update(event, order.executions());
        vertx.eventBus().publish(Addresses.ORDER_EVENTS, event);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
