package io.dto.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.DatagramSocketMetrics;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.core.spi.metrics.HttpClientMetrics;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.TCPMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Vert.x instance whose metrics (event bus, HTTP server with its routes, pools, JVM) go to the gateway's registry.
 *
 * <p>{@code vertx-micrometer-metrics} 5.0.8 registers some gauges again each time a consumer, a connection or a
 * request appears; the values stay right, but Micrometer (1.13.9 and later) logs a double registration at start
 * (vert-x3/vertx-micrometer-metrics#259). The event bus, where this happens for every consumer, is measured by
 * {@link EventBusMeters} instead; the gauges of in-flight connections and requests of HTTP and TCP servers and
 * clients, registered again for each connection and request, are left out (request counts, times and sizes remain).
 */
public final class MeteredVertx {

    /** The gauges of in-flight connections, requests and web sockets of HTTP and TCP servers and clients. */
    private static final Pattern IN_FLIGHT = Pattern.compile("vertx\\.(http|net)\\.(server|client)\\.active\\..+");
    /**
     * JVM meters whose Prometheus names break its conventions ({@code promtool check metrics}): times in ms and ns
     * rather than seconds, and a gauge named like a histogram's count. {@code process_cpu_usage} and
     * {@code jvm_gc_pause_seconds} say the same in base units.
     */
    private static final Set<String> NOT_IN_BASE_UNITS = Set.of("jvm.compilation.time", "process.cpu.time",
            "system.cpu.count");

    private MeteredVertx() {
    }

    public static Vertx create(MeterRegistry registry) {
        registry.config().meterFilter(MeterFilter.deny(id -> IN_FLIGHT.matcher(id.getName()).matches()
                || NOT_IN_BASE_UNITS.contains(id.getName())));
        MicrometerMetricsOptions metrics = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
                .addDisabledMetricsCategory(MetricsDomain.EVENT_BUS)
                .addLabels(Label.HTTP_ROUTE);
        return Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(metrics))
                .withMetrics(new Factory(new MicrometerMetricsFactory(registry), registry))
                .build();
    }

    /** Vert.x's Micrometer metrics, with the event bus measured by {@link EventBusMeters}. */
    private record Factory(MicrometerMetricsFactory delegate, MeterRegistry registry) implements VertxMetricsFactory {

        @Override
        public VertxMetrics metrics(VertxOptions options) {
            return new Metrics(delegate.metrics(options), new EventBusMeters(registry));
        }

        @Override
        public MetricsOptions newOptions() {
            return delegate.newOptions();
        }

        @Override
        public MetricsOptions newOptions(MetricsOptions options) {
            return delegate.newOptions(options);
        }
    }

    /** Delegates to Vert.x's Micrometer metrics for everything but the event bus. */
    private record Metrics(VertxMetrics delegate, EventBusMeters eventBus) implements VertxMetrics {

        @Override
        public EventBusMetrics<?> createEventBusMetrics() {
            return eventBus;
        }

        @Override
        public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions options, SocketAddress local) {
            return delegate.createHttpServerMetrics(options, local);
        }

        @Override
        public ClientMetrics<?, ?, ?> createClientMetrics(SocketAddress remote, String type, String namespace) {
            return delegate.createClientMetrics(remote, type, namespace);
        }

        @Override
        public HttpClientMetrics<?, ?, ?> createHttpClientMetrics(HttpClientOptions options) {
            return delegate.createHttpClientMetrics(options);
        }

        @Override
        public TCPMetrics<?> createNetServerMetrics(NetServerOptions options, SocketAddress local) {
            return delegate.createNetServerMetrics(options, local);
        }

        @Override
        public TCPMetrics<?> createNetClientMetrics(NetClientOptions options) {
            return delegate.createNetClientMetrics(options);
        }

        @Override
        public DatagramSocketMetrics createDatagramSocketMetrics(DatagramSocketOptions options) {
            return delegate.createDatagramSocketMetrics(options);
        }

        @Override
        public PoolMetrics<?, ?> createPoolMetrics(String type, String name, int maxSize) {
            return delegate.createPoolMetrics(type, name, maxSize);
        }

        @Override
        public void vertxCreated(Vertx vertx) {
            delegate.vertxCreated(vertx);
        }

        @Override
        public boolean isMetricsEnabled() {
            return delegate.isMetricsEnabled();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
