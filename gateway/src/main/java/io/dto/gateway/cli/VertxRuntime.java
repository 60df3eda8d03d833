package io.dto.gateway.cli;

import io.dto.gateway.metrics.MeteredVertx;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;

/** The Vert.x instance a command runs on, with its metrics feeding the Prometheus registry. */
final class VertxRuntime {

    private VertxRuntime() {
    }

    record Instance(Vertx vertx, PrometheusMeterRegistry registry) {
    }

    static Instance create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        return new Instance(MeteredVertx.create(registry), registry);
    }
}
