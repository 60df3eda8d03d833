package io.dto.gateway.plugin;

import io.dto.api.Permission;
import io.dto.api.PluginBus;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event bus as one plugin sees it: each call checked by {@link BusPolicy}; messages carry the sender's plugin
 * id in the {@value #SENDER_HEADER} header so receivers (and the bus interceptors) know who sent them.
 */
final class ScopedPluginBus implements PluginBus {

    static final String SENDER_HEADER = "dto-plugin";

    private final String pluginId;
    private final Set<Permission> granted;
    private final EventBus bus;
    private final DeliveryOptions options;
    private final Set<MessageConsumer<?>> consumers = ConcurrentHashMap.newKeySet();
    private final PluginStats stats;
    private final BusSubscriptions subscriptions;

    ScopedPluginBus(String pluginId, Set<Permission> granted, EventBus bus, PluginStats stats,
            BusSubscriptions subscriptions) {
        this.pluginId = pluginId;
        this.granted = granted;
        this.bus = bus;
        this.stats = stats;
        this.subscriptions = subscriptions;
        this.options = new DeliveryOptions().addHeader(SENDER_HEADER, pluginId);
    }

    @Override
    public void publish(String address, Object message) {
        BusPolicy.check(pluginId, granted, BusPolicy.Operation.PUBLISH, address);
        stats.eventsOut(1);
        bus.publish(address, message, options);
    }

    @Override
    public void send(String address, Object message) {
        BusPolicy.check(pluginId, granted, BusPolicy.Operation.SEND, address);
        stats.eventsOut(1);
        bus.send(address, message, options);
    }

    @Override
    public <T> Future<T> request(String address, Object message) {
        BusPolicy.check(pluginId, granted, BusPolicy.Operation.REQUEST, address);
        stats.eventsOut(1);
        return bus.<T>request(address, message, options).map(Message::body);
    }

    @Override
    public <T> Future<Subscription> consumer(String address, Handler<T> handler) {
        BusPolicy.check(pluginId, granted, BusPolicy.Operation.CONSUME, address);
        MessageConsumer<T> consumer = bus.consumer(address, message -> handler.handle(message.body()));
        consumers.add(consumer);
        subscriptions.subscribed(address);
        return consumer.completion().map(v -> () -> {
            consumers.remove(consumer);
            subscriptions.unsubscribed(address);
            return consumer.unregister();
        });
    }

    /** Unregisters every consumer the plugin still has. */
    Future<Void> release() {
        List<Future<Void>> unregistered = consumers.stream().map(MessageConsumer::unregister).toList();
        consumers.clear();
        return Future.join(unregistered).mapEmpty();
    }
}
