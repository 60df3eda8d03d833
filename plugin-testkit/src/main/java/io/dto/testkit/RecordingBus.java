package io.dto.testkit;

import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginBus;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link PluginBus} a plugin gets in the testkit. It checks permissions as the gateway does (see
 * {@link io.dto.api.Addresses}), records every publish, send and request per address, and lets the test
 * {@link #deliver} messages to the consumers the plugin registered, as if the gateway or another plugin had
 * published them.
 *
 * <p>Like the Vert.x event bus in one JVM, a plugin's own publish also reaches its own consumers on that address, and
 * a send reaches the first of them. Requests are answered by responders the test sets with {@link #respondTo};
 * without one a request fails as Vert.x fails a request nobody handles.
 *
 * <p>Threading: not thread-safe; everything runs on the calling thread (the test's), which stands in for the plugin's
 * event-loop context. Handlers run synchronously inside {@link #deliver}.
 */
public final class RecordingBus implements PluginBus {

    private final String pluginId;
    private final Set<Permission> granted;
    private final List<BusMessage> messages = new ArrayList<>();
    private final Map<String, List<Registration>> consumers = new LinkedHashMap<>();
    private final Map<String, Function<Object, ?>> responders = new HashMap<>();

    RecordingBus(String pluginId, Set<Permission> granted) {
        this.pluginId = pluginId;
        this.granted = Set.copyOf(granted);
    }

    @Override
    public void publish(String address, Object message) {
        checkSend(address, "publish to '" + address + "'");
        messages.add(new BusMessage(BusMessage.Kind.PUBLISH, address, message));
        deliver(address, message);
    }

    @Override
    public void send(String address, Object message) {
        checkSend(address, "send to '" + address + "'");
        messages.add(new BusMessage(BusMessage.Kind.SEND, address, message));
        List<Registration> registered = consumers.getOrDefault(address, List.of());
        if (!registered.isEmpty()) {
            registered.get(0).handle(message);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Future<T> request(String address, Object message) {
        checkSend(address, "send a request to '" + address + "'");
        messages.add(new BusMessage(BusMessage.Kind.REQUEST, address, message));
        Function<Object, ?> responder = responders.get(address);
        if (responder == null) {
            return Future.failedFuture("no handler for a request to '" + address + "' (in the testkit, answer it "
                    + "with bus().respondTo(\"" + address + "\", request -> reply))");
        }
        try {
            return Future.succeededFuture((T) responder.apply(message));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <T> Future<Subscription> consumer(String address, Handler<T> handler) {
        AddressPermissions.toConsume(address).ifPresent(p -> require(p, "consume '" + address + "'"));
        Registration registration = new Registration(address, handler);
        consumers.computeIfAbsent(address, a -> new ArrayList<>()).add(registration);
        return Future.succeededFuture(registration);
    }

    /**
     * Hands a message to every consumer the plugin registered on {@code address}, in registration order, as if it
     * had been published there.
     *
     * @return how many consumers received it (0 when the plugin listens on nothing there)
     */
    public int deliver(String address, Object message) {
        List<Registration> registered = List.copyOf(consumers.getOrDefault(address, List.of()));
        registered.forEach(r -> r.handle(message));
        return registered.size();
    }

    /** Answers the plugin's requests to {@code address}; a responder that throws fails the request with it. */
    public RecordingBus respondTo(String address, Function<Object, ?> responder) {
        responders.put(address, responder);
        return this;
    }

    /** Every message the plugin sent, in order. */
    public List<BusMessage> messages() {
        return List.copyOf(messages);
    }

    /** The bodies the plugin published on {@code address}, in order. */
    public List<Object> published(String address) {
        return bodies(BusMessage.Kind.PUBLISH, address);
    }

    /** The bodies the plugin sent (point to point) to {@code address}, in order. */
    public List<Object> sent(String address) {
        return bodies(BusMessage.Kind.SEND, address);
    }

    /** The bodies of the plugin's requests to {@code address}, in order. */
    public List<Object> requested(String address) {
        return bodies(BusMessage.Kind.REQUEST, address);
    }

    /** Whether the plugin has a live consumer on {@code address}. */
    public boolean hasConsumer(String address) {
        return !consumers.getOrDefault(address, List.of()).isEmpty();
    }

    /** The addresses the plugin listens on, in the order it first registered them. */
    public Set<String> consumerAddresses() {
        Set<String> addresses = new java.util.LinkedHashSet<>();
        consumers.forEach((address, list) -> {
            if (!list.isEmpty()) {
                addresses.add(address);
            }
        });
        return addresses;
    }

    private List<Object> bodies(BusMessage.Kind kind, String address) {
        return messages.stream()
                .filter(m -> m.kind() == kind && m.address().equals(address))
                .map(BusMessage::body)
                .toList();
    }

    private void checkSend(String address, String attempted) {
        Optional<Permission> needed = AddressPermissions.toSend(address);
        needed.ifPresent(p -> require(p, attempted));
    }

    private void require(Permission permission, String attempted) {
        if (!granted.contains(permission)) {
            throw new PermissionDeniedException(pluginId, permission, attempted);
        }
    }

    private final class Registration implements Subscription {

        private final String address;
        private final Handler<Object> handler;

        @SuppressWarnings("unchecked")
        Registration(String address, Handler<?> handler) {
            this.address = address;
            this.handler = (Handler<Object>) handler;
        }

        void handle(Object message) {
            handler.handle(message);
        }

        @Override
        public Future<Void> cancel() {
            List<Registration> registered = consumers.get(address);
            if (registered != null) {
                registered.remove(this);
            }
            return Future.succeededFuture();
        }
    }
}
