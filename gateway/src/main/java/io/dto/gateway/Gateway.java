package io.dto.gateway;

import io.dto.api.PluginState;
import io.dto.api.codec.MessageCodecs;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.order.OrderManagerVerticle;
import io.dto.gateway.order.OrderViews;
import io.dto.gateway.order.SignalOrderRouter;
import io.dto.gateway.isolation.RemoteHosts;
import io.dto.gateway.plugin.BusGuard;
import io.dto.gateway.plugin.PluginManager;
import io.dto.gateway.plugin.PluginRecord;
import io.dto.gateway.plugin.PluginRegistry;
import io.dto.gateway.plugin.PluginValidator;
import io.dto.gateway.web.HealthRoutes;
import io.dto.gateway.web.HttpServerVerticle;
import io.dto.gateway.web.MetricsRoutes;
import io.dto.gateway.web.OrderRoutes;
import io.dto.gateway.web.PluginRoutes;
import io.dto.gateway.web.UiRoutes;
import io.dto.gateway.security.PluginValidators;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running gateway: wires configuration, the order path, the plugin manager and the HTTP server on a Vert.x
 * instance, and takes them down again. {@code bin/gateway run} and the system tests both start it through
 * {@link #start}.
 */
public final class Gateway {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final Vertx vertx;
    private final PluginManager plugins;
    private final HttpServerVerticle http;
    private final List<String> deployments;

    private Gateway(Vertx vertx, PluginManager plugins, HttpServerVerticle http, List<String> deployments) {
        this.vertx = vertx;
        this.plugins = plugins;
        this.http = http;
        this.deployments = deployments;
    }

    public static Future<Gateway> start(Vertx vertx, GatewayConfig config, PrometheusMeterRegistry registry) {
        long started = System.nanoTime();
        InstantSource clock = InstantSource.system();
        MessageCodecs.registerAll(vertx.eventBus());

        OrderViews orderViews = new OrderViews();
        SignalOrderRouter signalRouter = new SignalOrderRouter(vertx, config.orders().signalQuantity());
        signalRouter.start();

        PluginValidator validator = PluginValidators.create(config);
        PluginRegistry pluginRegistry = new PluginRegistry();
        BusGuard guard = new BusGuard(registry);
        guard.install(vertx.eventBus());
        PluginManager plugins = new PluginManager(vertx, config.pluginFolders(), Set.copyOf(config.disabledPlugins()),
                validator, pluginRegistry, registry, clock, signalRouter, guard, config.security().supervision(),
                new RemoteHosts(vertx));

        AtomicBoolean pluginsStarted = new AtomicBoolean();
        HealthChecks liveness = HealthChecks.create(vertx).register("event-loop", p -> p.complete(Status.OK()));
        HealthChecks readiness = HealthChecks.create(vertx)
                .register("plugins", p -> p.complete(pluginsReady(pluginsStarted.get(), pluginRegistry)));

        HttpServerVerticle http = new HttpServerVerticle(config.http().host(), config.http().port(),
                config.apiToken(), List.of(new HealthRoutes(liveness, readiness), new MetricsRoutes(registry),
                        new PluginRoutes(vertx, plugins), new OrderRoutes(vertx, orderViews),
                        new UiRoutes(vertx, pluginRegistry)));

        List<String> deployments = new java.util.ArrayList<>();
        return vertx.deployVerticle(new OrderManagerVerticle(config.orders(), clock, orderViews))
                .onSuccess(deployments::add)
                .compose(id -> vertx.deployVerticle(http))
                .onSuccess(deployments::add)
                .compose(id -> plugins.startAll())
                .map(records -> {
                    pluginsStarted.set(true);
                    LOG.info("gateway ready on http://{}:{} in {} ms with {} plugins running", config.http().host(),
                            http.actualPort(), (System.nanoTime() - started) / 1_000_000,
                            records.stream().filter(r -> r.state() == PluginState.RUNNING).count());
                    return new Gateway(vertx, plugins, http, deployments);
                });
    }

    /**
     * Ready once start-up has deployed the plugins and every deployed plugin is running. Plugins that were rejected
     * never ran and do not hold readiness back; they are listed in the detail and in {@code /api/plugins}.
     */
    private static Status pluginsReady(boolean started, PluginRegistry registry) {
        JsonObject detail = new JsonObject();
        JsonArray notRunning = new JsonArray();
        for (PluginRecord record : registry.all()) {
            detail.put(record.id(), record.state().name());
            if (record.state() == PluginState.FAILED || record.state() == PluginState.INITIALIZING
                    || record.state() == PluginState.LOADED) {
                notRunning.add(record.id());
            }
        }
        if (!started) {
            return Status.KO(detail.put("reason", "plugins are still starting"));
        }
        return notRunning.isEmpty() ? Status.OK(detail) : Status.KO(detail.put("notRunning", notRunning));
    }

    public int httpPort() {
        return http.actualPort();
    }

    public PluginManager plugins() {
        return plugins;
    }

    /** Unloads plugins (producers first), then undeploys the core verticles. */
    public Future<Void> stop() {
        Future<Void> chain = plugins.stopAll();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            String id = deployments.get(i);
            chain = chain.eventually(() -> vertx.undeploy(id));
        }
        return chain;
    }
}
