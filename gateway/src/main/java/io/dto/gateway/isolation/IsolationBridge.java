package io.dto.gateway.isolation;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.ext.bridge.BridgeOptions;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.eventbus.bridge.tcp.BridgeEvent;
import io.vertx.ext.eventbus.bridge.tcp.TcpEventBusBridge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's end of the event-bus bridge (vertx-tcp-eventbus-bridge) that plugin-host processes connect to, on
 * loopback only. A process may use exactly two addresses, those of its plugin: it registers
 * {@code isolation.<id>.in} (what the gateway forwards to it) presenting the one-time token the gateway gave it,
 * and sends to {@code isolation.<id>.out}; every other frame, and any frame of a socket that has not
 * authenticated as that plugin, is refused. What the process sends is checked again, message by message, by its
 * {@link RemotePluginHost}.
 */
final class IsolationBridge {

    private static final Logger LOG = LoggerFactory.getLogger(IsolationBridge.class);

    private final Vertx vertx;
    private final Context context;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<NetSocket, String> sockets = new ConcurrentHashMap<>();
    private Future<Integer> port;

    /**
     * Call outside any plugin host: the bridge's server belongs to the context current now (a server started in a
     * host verticle's context would close when that host is undeployed).
     */
    IsolationBridge(Vertx vertx) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
    }

    /** Starts listening on first use; completes with the port. */
    synchronized Future<Integer> start() {
        if (port == null) {
            Promise<Integer> listening = Promise.promise();
            context.runOnContext(v -> listen().onComplete(listening));
            port = listening.future();
        }
        return port;
    }

    private Future<Integer> listen() {
        BridgeOptions options = new BridgeOptions()
                .addInboundPermitted(new PermittedOptions().setAddressRegex("isolation\\..+\\.out"))
                .addOutboundPermitted(new PermittedOptions().setAddressRegex("isolation\\..+\\.in"));
        TcpEventBusBridge bridge = TcpEventBusBridge.create(vertx, options,
                new NetServerOptions().setHost("127.0.0.1"), this::onEvent);
        return vertx.executeBlocking(IsolationBridge::freePort)
                .compose(free -> bridge.listen(free, "127.0.0.1").map(free))
                .onSuccess(p -> LOG.info("plugin-host bridge listening on 127.0.0.1:{}", p));
    }

    void expect(String pluginId, String token) {
        tokens.put(pluginId, token);
    }

    void forget(String pluginId) {
        tokens.remove(pluginId);
        sockets.entrySet().removeIf(e -> {
            if (e.getValue().equals(pluginId)) {
                e.getKey().close();
                return true;
            }
            return false;
        });
    }

    private void onEvent(BridgeEvent event) {
        JsonObject frame = event.getRawMessage();
        String address = frame == null ? null : frame.getString("address");
        boolean allowed = switch (event.type()) {
            case SOCKET_CREATED, SOCKET_PING, SOCKET_IDLE, RECEIVE, SOCKET_CLOSED, SOCKET_ERROR -> true;
            case REGISTER -> authenticate(event.socket(), address, frame.getJsonObject("headers", new JsonObject()));
            case SEND, PUBLISH -> address != null && address.equals(Envelope.outAddress(
                    sockets.getOrDefault(event.socket(), "")));
            case REGISTERED, UNREGISTER -> address != null && address.equals(Envelope.inAddress(
                    sockets.getOrDefault(event.socket(), "")));
        };
        if (!allowed) {
            LOG.warn("plugin-host bridge refused a {} frame for '{}' from {}", event.type(), address,
                    event.socket().remoteAddress());
        }
        event.complete(allowed);
    }

    private boolean authenticate(NetSocket socket, String address, JsonObject headers) {
        if (address == null || !address.startsWith("isolation.") || !address.endsWith(".in")) {
            return false;
        }
        String pluginId = address.substring("isolation.".length(), address.length() - ".in".length());
        String expected = tokens.get(pluginId);
        boolean ok = expected != null && expected.equals(headers.getString("token"))
                && sockets.getOrDefault(socket, pluginId).equals(pluginId);
        if (ok && sockets.put(socket, pluginId) == null) {
            LOG.info("plugin-host bridge: plugin {} connected from {}", pluginId, socket.remoteAddress());
            socket.closeHandler(v -> {
                sockets.remove(socket);
                LOG.info("plugin-host bridge: the connection of plugin {} closed", pluginId);
            });
        }
        return ok;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the plugin-host bridge", e);
        }
    }
}
