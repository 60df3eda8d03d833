package io.dto.gateway.isolation;

import io.dto.api.Addresses;
import io.dto.api.Capabilities;
import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginState;
import io.dto.api.PluginType;
import io.dto.api.codec.RecordJson;
import io.dto.api.message.Signal;
import io.dto.gateway.plugin.BusPolicy;
import io.dto.gateway.plugin.HostVerticle;
import io.dto.gateway.plugin.LoadedPlugin;
import io.dto.gateway.plugin.PluginHost;
import io.dto.gateway.plugin.PluginStats;
import io.dto.gateway.plugin.ValidatedPlugin;
import io.micrometer.core.instrument.Counter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's side of a plugin that runs in a plugin-host process ({@link PluginHostMain}): it starts the process,
 * forwards to it what it may consume, and takes from it what its plugin sends, checking every message against the
 * plugin's permissions here, where the plugin cannot reach. The plugin code and its typed host are the same as in the
 * gateway. If the process exits (a crash, {@code kill -9}), the plugin manager is told and restarts it by its
 * policy; the rest of the gateway is untouched.
 */
public final class RemotePluginHost extends HostVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(RemotePluginHost.class);
    private static final long START_TIMEOUT_SECONDS = 60;

    private final PluginHost.HostServices services;
    private final IsolationBridge bridge;
    private final PluginProcess launcher;
    private final PluginStats stats = new PluginStats();
    private final Map<String, MessageConsumer<Object>> forwards = new HashMap<>();
    private LoadedPlugin current;
    private MessageConsumer<JsonObject> fromProcess;
    private volatile Process process;
    private Promise<Void> running;
    private boolean stopping;

    RemotePluginHost(LoadedPlugin initial, PluginHost.HostServices services, IsolationBridge bridge,
            PluginProcess launcher) {
        this.current = initial;
        this.services = services;
        this.bridge = bridge;
        this.launcher = launcher;
    }

    @Override
    public PluginStats stats() {
        return stats;
    }

    @Override
    public OptionalLong processId() {
        Process running = process;
        return running == null ? OptionalLong.empty() : OptionalLong.of(running.pid());
    }

    /** The process is killed when the host stops; until then nothing more is forwarded to it. */
    @Override
    public void detach() {
        context.runOnContext(v -> {
            forwards.values().forEach(MessageConsumer::unregister);
            forwards.clear();
        });
    }

    @Override
    public Future<?> start() {
        fromProcess = vertx.eventBus().consumer(Envelope.outAddress(id()), this::onProcessMessage);
        services.observer().onHostStarted(id(), type(), stats);
        return fromProcess.completion().compose(v -> launch(current));
    }

    @Override
    public Future<?> stop() {
        stopping = true;
        services.observer().onHostStopped(id());
        return stopProcess().eventually(fromProcess::unregister);
    }

    @Override
    public Future<Void> replace(LoadedPlugin next) {
        Promise<Void> done = Promise.promise();
        context.runOnContext(v -> stopProcess().compose(ignored -> {
            current = next;
            stopping = false;
            return launch(next);
        }).onComplete(done));
        return done.future();
    }

    private Future<Void> launch(LoadedPlugin loaded) {
        String token = UUID.randomUUID().toString();
        bridge.expect(id(), token);
        running = Promise.promise();
        Promise<Void> started = running;
        return bridge.start()
                .compose(port -> vertx.executeBlocking(() -> launcher.start(loaded.validated(), port, token)))
                .compose(spawned -> {
                    process = spawned;
                    Process watched = spawned;
                    spawned.onExit().thenAccept(p -> context.runOnContext(v -> onExit(watched)));
                    return started.future().timeout(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                })
                .recover(e -> stopProcess().transform(ignored -> Future.failedFuture(e)));
    }

    private void onExit(Process exited) {
        if (exited != process || stopping) {
            return;
        }
        ValidatedPlugin plugin = current.validated();
        vertx.executeBlocking(() -> launcher.lastProblems(plugin, 3))
                .onComplete(ar -> onExit(exited, ar.succeeded() ? ar.result() : ""));
    }

    private void onExit(Process exited, String lastProblems) {
        if (exited != process || stopping) {
            return;
        }
        String reason = "its plugin-host process (pid " + exited.pid() + ") exited with code " + exited.exitValue()
                + (lastProblems.isEmpty() ? "" : ": " + lastProblems);
        if (running.tryFail(reason)) {
            return;
        }
        LOG.error("plugin {}: {}", id(), reason);
        services.listener().onState(id(), version(), PluginState.FAILED, reason, null);
        services.crashes().accept(id(), reason);
    }

    private Future<Void> stopProcess() {
        stopping = true;
        bridge.forget(id());
        List<Future<Void>> unregistered = forwards.values().stream().map(MessageConsumer::unregister).toList();
        forwards.clear();
        Process old = process;
        process = null;
        Future<Void> exited = old == null ? Future.succeededFuture() : vertx.executeBlocking(() -> {
            old.destroy();
            if (!old.waitFor(5, TimeUnit.SECONDS)) {
                old.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            return null;
        });
        return Future.join(unregistered).transform(ignored -> exited);
    }

    private void onProcessMessage(Message<JsonObject> message) {
        JsonObject envelope = message.body();
        String op = envelope.getString(Envelope.OP, "");
        try {
            switch (op) {
                case "state" -> onState(envelope.getJsonObject(Envelope.BODY));
                case "stats" -> stats.mirror(envelope.getJsonObject(Envelope.BODY), System.nanoTime());
                case "subscribe" -> subscribe(envelope.getString(Envelope.ADDRESS));
                case "unsubscribe" -> unsubscribe(envelope.getString(Envelope.ADDRESS));
                case "publish", "send", "request" -> deliver(op, message, envelope);
                default -> throw new IllegalArgumentException("unknown operation '" + op + "'");
            }
        } catch (PermissionDeniedException e) {
            denied(e.getMessage());
            if (message.replyAddress() != null) {
                message.fail(403, e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.warn("plugin {}: its plugin-host process sent a bad '{}' message: {}", id(), op, e.getMessage());
            if (message.replyAddress() != null) {
                message.fail(400, String.valueOf(e.getMessage()));
            }
        }
    }

    private void onState(JsonObject state) {
        PluginState reported = PluginState.valueOf(state.getString("state"));
        JsonObject capabilities = state.getJsonObject("capabilities");
        services.listener().onState(id(), version(), reported, state.getString("message"),
                capabilities == null ? null : RecordJson.fromJson(capabilities, Capabilities.class));
        if (reported == PluginState.RUNNING) {
            running.tryComplete();
        } else if (reported == PluginState.FAILED) {
            running.tryFail(state.getString("message"));
        }
    }

    /** The process asks for what its host or plugin consumes: forwarded only if the plugin may receive it. */
    private void subscribe(String address) {
        String why = address.startsWith("isolation.") || address.startsWith("gateway.")
                ? "that address belongs to the gateway" : refusal(address, null);
        if (why != null && !address.equals(Addresses.ORDER_EVENTS)) {
            throw new PermissionDeniedException(id(), "consume from '" + address + "'", why);
        }
        if (!forwards.containsKey(address)) {
            forwards.put(address, vertx.eventBus().consumer(address, this::forward));
        }
    }

    private void unsubscribe(String address) {
        MessageConsumer<Object> consumer = forwards.remove(address);
        if (consumer != null) {
            consumer.unregister();
        }
    }

    private void forward(Message<Object> message) {
        if (refusal(message.address(), message.body()) == null) {
            vertx.eventBus().send(Envelope.inAddress(id()), Envelope.wrap("message", message.address(),
                    message.body()));
        }
    }

    private void deliver(String op, Message<JsonObject> message, JsonObject envelope) {
        String address = envelope.getString(Envelope.ADDRESS);
        Object body = Envelope.unwrap(envelope);
        BusPolicy.Operation operation = switch (op) {
            case "publish" -> BusPolicy.Operation.PUBLISH;
            case "send" -> BusPolicy.Operation.SEND;
            default -> BusPolicy.Operation.REQUEST;
        };
        boolean feed = type() == PluginType.DATA_PROVIDER && address.startsWith(Addresses.MARKET_DATA_PREFIX)
                && operation == BusPolicy.Operation.PUBLISH;
        if (!feed) {
            BusPolicy.check(id(), permissions(), operation, address);
        }
        stats.eventsOut(1);
        switch (operation) {
            case PUBLISH -> {
                vertx.eventBus().publish(address, body);
                routeSignal(address, body);
            }
            case SEND -> vertx.eventBus().send(address, body);
            default -> vertx.eventBus().request(address, body).onComplete(ar -> {
                if (ar.succeeded()) {
                    message.reply(Envelope.wrap("reply", address, ar.result().body()));
                } else {
                    message.fail(500, String.valueOf(ar.cause().getMessage()));
                }
            });
        }
    }

    /** Signals become orders at the gateway, and only for a strategy that may place them. */
    private void routeSignal(String address, Object body) {
        if (address.equals(Addresses.signal(id())) && body instanceof Signal signal
                && id().equals(signal.strategyId()) && permissions().contains(Permission.PLACE_ORDERS)) {
            services.signalRouter().route(signal);
        }
    }

    private String refusal(String address, Object body) {
        return BusPolicy.refusalToReceive(id(), type(), permissions(), address, body);
    }

    private void denied(String reason) {
        LOG.warn("plugin {} (plugin-host process): refused: {}", id(), reason);
        Counter.builder("gateway.plugin.bus.denied")
                .description("Event-bus messages a plugin sent or was to receive against its permissions")
                .tag("plugin", id()).tag("direction", "send").register(services.registry()).increment();
    }

    private String id() {
        return current.id();
    }

    private String version() {
        return current.validated().manifest().pluginInfo().version();
    }

    private PluginType type() {
        return current.validated().manifest().pluginInfo().type();
    }

    private Set<Permission> permissions() {
        return current.validated().permissions();
    }
}
