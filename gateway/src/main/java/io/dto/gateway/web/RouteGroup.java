package io.dto.gateway.web;

import io.vertx.ext.web.Router;

/** A set of routes that belong together (plugins, orders, risk, ...), mounted on the API router in one place. */
@FunctionalInterface
public interface RouteGroup {

    /**
     * Adds the group's routes.
     *
     * @param auth the handler that mutating routes put first: it answers 401 without the API token
     */
    void mount(Router router, ApiTokenAuth auth);
}
