package io.dto.gateway.isolation;

import io.dto.api.Capabilities;
import io.dto.api.PluginState;
import io.dto.api.codec.RecordJson;
import io.dto.gateway.plugin.BusSubscriptions;
import io.dto.gateway.plugin.HostListener;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import io.vertx.ext.eventbus.bridge.tcp.impl.protocol.FrameHelper;
import io.vertx.ext.eventbus.bridge.tcp.impl.protocol.FrameParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin-host process's end of the bridge. Everything the host or its plugin sends on the process's bus
 * leaves for the gateway (an outbound interceptor takes it off the local bus), requests included: the gateway's reply
 * comes back to the local reply address. What the gateway forwards is published on the local bus, where the host's
 * and the plugin's consumers receive it. State changes, subscriptions and statistics travel the same way.
 */
final class BridgeLink implements BusSubscriptions, HostListener {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeLink.class);
    private static final String REPLY_PREFIX = "__vertx.reply";

    private final Vertx vertx;
    private final String pluginId;
    private final ThreadLocal<Boolean> fromGateway = ThreadLocal.withInitial(() -> false);
    private final Promise<Void> closed = Promise.promise();
    /** Held for the link's life: Vert.x closes a client, and its connections, once it is garbage-collected. */
    private NetClient client;
    private NetSocket socket;

    BridgeLink(Vertx vertx, String pluginId) {
        this.vertx = vertx;
        this.pluginId = pluginId;
    }

    /** Connects and authenticates with the one-time token; installs the interceptor that forwards local sends. */
    Future<Void> connect(int port, String token) {
        client = vertx.createNetClient();
        return client.connect(port, "127.0.0.1").map(connected -> {
            socket = connected;
            socket.handler(new FrameParser(ar -> {
                if (ar.succeeded()) {
                    onFrame(ar.result());
                } else {
                    LOG.warn("unreadable frame from the gateway: {}", ar.cause().getMessage());
                }
            }));
            socket.closeHandler(v -> closed.tryComplete());
            write(new JsonObject().put("type", "register").put("address", Envelope.inAddress(pluginId))
                    .put("headers", new JsonObject().put("token", token)));
            vertx.eventBus().addOutboundInterceptor(this::outbound);
            return null;
        });
    }

    /** Completes when the gateway closes the connection (or goes away). */
    Future<Void> closed() {
        return closed.future();
    }

    void sendStats(JsonObject report) {
        send("stats", null, report);
    }

    @Override
    public void onState(String id, String version, PluginState state, String message, Capabilities capabilities) {
        send("state", null, new JsonObject().put("state", state.name()).put("message", message)
                .put("capabilities", capabilities == null ? null : RecordJson.toJson(capabilities)));
    }

    @Override
    public void subscribed(String address) {
        send("subscribe", address, null);
    }

    @Override
    public void unsubscribed(String address) {
        send("unsubscribe", address, null);
    }

    private void outbound(DeliveryContext<Object> delivery) {
        Message<Object> message = delivery.message();
        if (fromGateway.get() || message.address().startsWith(REPLY_PREFIX)) {
            delivery.next();
            return;
        }
        String op = !message.isSend() ? "publish" : message.replyAddress() != null ? "request" : "send";
        JsonObject frame = frame(Envelope.wrap(op, message.address(), delivery.body()));
        if (message.replyAddress() != null) {
            frame.put("replyAddress", message.replyAddress());
        }
        write(frame);
    }

    private void onFrame(JsonObject frame) {
        String address = frame.getString("address", "");
        if ("err".equals(frame.getString("type"))) {
            if (address.startsWith(REPLY_PREFIX)) {
                local(() -> vertx.eventBus().send(address, new ReplyException(ReplyFailure.RECIPIENT_FAILURE,
                        frame.getInteger("failureCode", 500), frame.getString("message"))));
            } else {
                LOG.warn("the gateway refused a frame: {}", frame.getString("message"));
            }
            return;
        }
        JsonObject envelope = frame.getJsonObject("body");
        if (envelope == null) {
            return;
        }
        Object body = Envelope.unwrap(envelope);
        if (address.startsWith(REPLY_PREFIX)) {
            local(() -> vertx.eventBus().send(address, body));
        } else if (address.equals(Envelope.inAddress(pluginId))) {
            local(() -> vertx.eventBus().publish(envelope.getString(Envelope.ADDRESS), body));
        }
    }

    private void local(Runnable delivery) {
        fromGateway.set(true);
        try {
            delivery.run();
        } finally {
            fromGateway.set(false);
        }
    }

    private void send(String op, String address, JsonObject body) {
        write(frame(new JsonObject().put(Envelope.OP, op).put(Envelope.ADDRESS, address).put(Envelope.BODY, body)));
    }

    private JsonObject frame(JsonObject envelope) {
        return new JsonObject().put("type", "send").put("address", Envelope.outAddress(pluginId))
                .put("body", envelope);
    }

    private void write(JsonObject frame) {
        FrameHelper.writeFrame(frame, socket);
    }
}
