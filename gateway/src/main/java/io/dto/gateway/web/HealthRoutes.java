package io.dto.gateway.web;

import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;

/**
 * {@code /health} (liveness: the process serves) and {@code /ready} (readiness: plugins deployed, sessions logged
 * on, ...), each with per-check detail; 200 when every check is up, 503 otherwise.
 */
public final class HealthRoutes implements RouteGroup {

    private final HealthChecks liveness;
    private final HealthChecks readiness;

    public HealthRoutes(HealthChecks liveness, HealthChecks readiness) {
        this.liveness = liveness;
        this.readiness = readiness;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/health").handler(HealthCheckHandler.createWithHealthChecks(liveness, null));
        router.get("/ready").handler(HealthCheckHandler.createWithHealthChecks(readiness, null));
    }
}
