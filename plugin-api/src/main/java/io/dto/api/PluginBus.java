package io.dto.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;

/**
 * The event bus as one plugin may use it. Every call is checked against the plugin's permissions
 * ({@link Addresses} says which address needs which) and throws {@link PermissionDeniedException} when one is
 * missing. Handlers run on the plugin's context.
 */
public interface PluginBus {

    void publish(String address, Object message);

    void send(String address, Object message);

    <T> Future<T> request(String address, Object message);

    /** Subscribes; the returned future completes when the registration has reached the bus. */
    <T> Future<Subscription> consumer(String address, Handler<T> handler);

    /** A consumer registration; {@link #cancel()} unregisters it. */
    interface Subscription {
        Future<Void> cancel();
    }
}
