package io.dto.gateway.web;

import io.dto.gateway.health.HealthRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;

/**
 * {@code /health} (liveness: the process serves) and {@code /ready} (readiness: plugins deployed, sessions logged
 * on, ...), each with per-check detail; 200 when every check is up, 503 otherwise.
 */
public final class HealthRoutes implements RouteGroup {

    private final HealthRegistry health;

    public HealthRoutes(HealthRegistry health) {
        this.health = health;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/health").handler(HealthCheckHandler.createWithHealthChecks(health.liveness(), null));
        router.get("/ready").handler(HealthCheckHandler.createWithHealthChecks(health.readiness(), null));
    }
}
