package io.dto.gateway.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;

/** The Vert.x instance a command runs on, with Micrometer metrics feeding the Prometheus registry. */
final class VertxRuntime {

    private VertxRuntime() {
    }

    record Instance(Vertx vertx, PrometheusMeterRegistry registry) {
    }

    static Instance create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        VertxOptions options = new VertxOptions()
                .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true));
        Vertx vertx = Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(registry)).build();
        return new Instance(vertx, registry);
    }
}
