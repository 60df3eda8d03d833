package io.dto.gateway.plugin;

import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.internal.ContextInternal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second line of permission checks: event-bus interceptors that apply {@link BusPolicy} to whatever a plugin
 * sends or receives, however it got hold of the bus (its {@code PluginBus}, or a raw {@code Vertx} obtained with
 * {@code access_external_apis}). The sender is the plugin whose host context (or a thread whose context class
 * loader is the plugin's) the message leaves from; traffic that gateway code sends there is marked with
 * {@link GatewayCall}. A refused send is dropped (a request fails with the reason) and logged; a refused delivery
 * never reaches the handler (a strategy host receives every order event and keeps only its own, so these are
 * routine and logged at debug). Both are counted ({@code gateway.plugin.bus.denied}, by direction).
 */
public final class BusGuard {

    private static final Logger LOG = LoggerFactory.getLogger(BusGuard.class);
    private static final String REPLY_PREFIX = "__vertx.reply";

    /** Who a plugin is, as the guard checks it. */
    record Identity(String pluginId, PluginType type, Set<Permission> granted) {
    }

    private final Map<Context, Identity> byContext = new ConcurrentHashMap<>();
    private final Map<ClassLoader, Identity> byLoader = new ConcurrentHashMap<>();
    private final Set<Context> silenced = ConcurrentHashMap.newKeySet();
    private final MeterRegistry meters;

    public BusGuard(MeterRegistry meters) {
        this.meters = meters;
    }

    public void install(EventBus bus) {
        bus.addOutboundInterceptor(this::outbound);
        bus.addInboundInterceptor(this::inbound);
    }

    void register(Context context, ClassLoader loader, Identity identity) {
        byContext.put(context, identity);
        byLoader.put(loader, identity);
    }

    /** The plugin's instance that this loader ran is gone (a reload keeps the host's context registered). */
    void forgetLoader(ClassLoader loader) {
        byLoader.remove(loader);
    }

    void forgetContext(Context context) {
        byContext.remove(context);
        silenced.remove(context);
    }

    /** Nothing more is delivered on this plugin host's context (the plugin was struck and is being stopped). */
    void silence(Context context) {
        silenced.add(context);
    }

    private void outbound(DeliveryContext<Object> delivery) {
        Message<Object> message = delivery.message();
        Identity sender = GatewayCall.active() || message.address().startsWith(REPLY_PREFIX) ? null : current();
        if (sender == null) {
            delivery.next();
            return;
        }
        BusPolicy.Operation operation = !message.isSend() ? BusPolicy.Operation.PUBLISH
                : message.replyAddress() != null ? BusPolicy.Operation.REQUEST : BusPolicy.Operation.SEND;
        try {
            BusPolicy.check(sender.pluginId(), sender.granted(), operation, message.address());
            delivery.next();
        } catch (PermissionDeniedException e) {
            denied(sender, "send", e.getMessage());
            if (message.replyAddress() != null) {
                message.fail(ReplyFailure.RECIPIENT_FAILURE.toInt(), e.getMessage());
            }
        }
    }

    private void inbound(DeliveryContext<Object> delivery) {
        Context context = Vertx.currentContext();
        if (context != null && !silenced.isEmpty() && silenced.contains(((ContextInternal) context).unwrap())) {
            return;
        }
        String address = delivery.message().address();
        Identity receiver = address.startsWith(REPLY_PREFIX) ? null : current();
        String why = receiver == null ? null : BusPolicy.refusalToReceive(receiver.pluginId(), receiver.type(),
                receiver.granted(), address, delivery.body());
        if (why == null) {
            delivery.next();
        } else {
            LOG.debug("bus guard dropped a delivery: plugin '{}' may not receive from '{}': {}", receiver.pluginId(),
                    address, why);
            count(receiver, "receive");
        }
    }

    private Identity current() {
        Context context = Vertx.currentContext();
        if (context != null) {
            Identity identity = byContext.get(((ContextInternal) context).unwrap());
            if (identity != null) {
                return identity;
            }
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader == null ? null : byLoader.get(loader);
    }

    private void denied(Identity plugin, String direction, String reason) {
        LOG.warn("bus guard refused: {}", reason);
        count(plugin, direction);
    }

    private void count(Identity plugin, String direction) {
        Counter.builder("gateway.plugin.bus.denied")
                .description("Event-bus messages a plugin sent or was to receive against its permissions")
                .tag("plugin", plugin.pluginId())
                .tag("direction", direction)
                .register(meters)
                .increment();
    }
}
