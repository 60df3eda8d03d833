package io.dto.gateway.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;

/** {@code /metrics}: every meter in the Prometheus text format. */
public final class MetricsRoutes implements RouteGroup {

    private final PrometheusMeterRegistry registry;

    public MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    }
}
