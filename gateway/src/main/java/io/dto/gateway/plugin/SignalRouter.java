package io.dto.gateway.plugin;

import io.dto.api.message.Signal;

/** Turns a strategy's signal into an order on the order path. */
@FunctionalInterface
public interface SignalRouter {

    /** Called on the strategy host's context for each signal of a strategy that holds {@code place_orders}. */
    void route(Signal signal);
}
