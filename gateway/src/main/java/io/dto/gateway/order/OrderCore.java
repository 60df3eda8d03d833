package io.dto.gateway.order;

import io.dto.api.Addresses;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.Position;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.broker.BrokerChannel;
import io.dto.gateway.persistence.ChangeSet;
import io.dto.gateway.persistence.OrderRepository;
import io.dto.gateway.risk.OrderExposure;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state the order flows share, and the one way they change it: update in memory, commit to the repository,
 * then publish. An event on {@code order.events} or {@code position.events} is therefore always on disk already.
 * Everything here runs on the order manager's context.
 */
final class OrderCore {

    private static final Logger LOG = LoggerFactory.getLogger(OrderCore.class);

    private final Vertx vertx;
    private final InstantSource clock;
    private final OrderRepository repository;
    private final OrderViews views;
    private final AccountBook accounts;
    private final OrderExposure exposure;
    private final Map<String, BrokerChannel> channels;
    private final OrderIds ids;
    private final Map<String, ManagedOrder> open = new HashMap<>();
    private final Map<String, String> clientOrderIds = new HashMap<>();

    OrderCore(Vertx vertx, InstantSource clock, OrderRepository repository, OrderViews views, AccountBook accounts,
            OrderExposure exposure, Map<String, BrokerChannel> channels, OrderIds ids) {
        this.vertx = vertx;
        this.clock = clock;
        this.repository = repository;
        this.views = views;
        this.accounts = accounts;
        this.exposure = exposure;
        this.channels = channels;
        this.ids = ids;
    }

    Instant now() {
        return clock.instant();
    }

    String nextId() {
        return ids.next();
    }

    OrderRepository repository() {
        return repository;
    }

    AccountBook accounts() {
        return accounts;
    }

    OrderExposure exposure() {
        return exposure;
    }

    BrokerChannel channel(String broker) {
        return channels.get(broker);
    }

    /** An order that is not terminal yet, or {@code null}. */
    ManagedOrder order(String orderId) {
        return orderId == null ? null : open.get(orderId);
    }

    List<ManagedOrder> openOrders() {
        return new ArrayList<>(open.values());
    }

    Map<String, String> clientOrderIds() {
        return clientOrderIds;
    }

    /** Starts tracking an order that is open (new, recovered, or a replacement). */
    void track(ManagedOrder order) {
        open.put(order.id(), order);
    }

    /** Counts an accepted order's open quantity against the limits. */
    void reserve(ManagedOrder order) {
        var request = order.request();
        exposure.open(request.account(), request.symbol(), request.side(), order.leaves(), order.riskPrice());
    }

    /**
     * Brings exposure in line after an order changed: what it no longer may trade stops counting, and a terminal
     * order stops counting at all and is no longer tracked in memory (the repository has it).
     */
    void settleExposure(ManagedOrder order, BigDecimal leavesBefore, boolean wasOpen) {
        if (!wasOpen) {
            return;
        }
        var request = order.request();
        if (order.status().isTerminal()) {
            exposure.close(request.account(), request.symbol(), request.side(), leavesBefore, order.riskPrice());
            open.remove(order.id());
        } else {
            BigDecimal traded = leavesBefore.subtract(order.leaves());
            if (traded.signum() > 0) {
                exposure.reduce(request.account(), request.symbol(), request.side(), traded, order.riskPrice());
            }
        }
    }

    /**
     * Asks the order's broker for its state (FIX OrderStatusRequest); the answer arrives as execution reports. Sent
     * straight to the broker, not through its rate limit or breaker: it is not an order and must get through when
     * the state of one is unknown.
     */
    void requestStatus(ManagedOrder order, long timeoutMillis) {
        String broker = order.request().broker();
        vertx.eventBus().request(Addresses.brokerOrders(broker), order.id(),
                        new DeliveryOptions().setSendTimeout(timeoutMillis))
                .onFailure(e -> LOG.warn("status request for order {} to broker {} failed: {}", order.id(), broker,
                        e.getMessage()));
    }

    /** Commits the changes, then publishes the orders' and positions' events and updates the API's views. */
    Future<Void> commit(ChangeSet changes, List<ManagedOrder> orders, List<Position> positions) {
        List<OrderEvent> events = new ArrayList<>(orders.size());
        for (ManagedOrder order : orders) {
            events.add(order.snapshot());
        }
        List<List<ExecutionReport>> executions = new ArrayList<>(orders.size());
        for (ManagedOrder order : orders) {
            executions.add(order.executions());
        }
        return repository.save(changes)
                .onFailure(e -> LOG.error("orders {} were applied but not persisted: {}",
                        events.stream().map(OrderEvent::orderId).toList(), e.getMessage()))
                .onSuccess(v -> {
                    for (int i = 0; i < events.size(); i++) {
                        views.update(events.get(i), executions.get(i));
                        vertx.eventBus().publish(Addresses.ORDER_EVENTS, events.get(i));
                    }
                    for (Position position : positions) {
                        vertx.eventBus().publish(Addresses.POSITION_EVENTS, position);
                    }
                });
    }

    Future<Void> commit(ManagedOrder... orders) {
        ChangeSet changes = new ChangeSet();
        for (ManagedOrder order : orders) {
            changes.order(order.record());
        }
        return commit(changes, List.of(orders), List.of());
    }
}
