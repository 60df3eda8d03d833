package io.dto.gateway;

import io.dto.api.PluginState;
import io.dto.api.codec.MessageCodecs;
import io.dto.gateway.backtest.BacktestReportVerticle;
import io.dto.gateway.backtest.BacktestSummary;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.health.DatabaseCheck;
import io.dto.gateway.health.FeedsCheck;
import io.dto.gateway.health.HealthRegistry;
import io.dto.gateway.health.PluginsCheck;
import io.dto.gateway.health.SessionsCheck;
import io.dto.gateway.isolation.RemoteHosts;
import io.dto.gateway.marketdata.BarAggregatorVerticle;
import io.dto.gateway.marketdata.FeedFlowControl;
import io.dto.gateway.metrics.GatewayMetrics;
import io.dto.gateway.order.OrderManagerVerticle;
import io.dto.gateway.order.OrderViews;
import io.dto.gateway.order.SignalOrderRouter;
import io.dto.gateway.persistence.JdbcOrderRepository;
import io.dto.gateway.persistence.OrderRepository;
import io.dto.gateway.plugin.BusGuard;
import io.dto.gateway.plugin.PluginManager;
import io.dto.gateway.plugin.PluginRegistry;
import io.dto.gateway.plugin.PluginValidator;
import io.dto.gateway.plugin.RiskQuery;
import io.dto.gateway.security.PluginValidators;
import io.dto.gateway.web.AccountRoutes;
import io.dto.gateway.web.HealthRoutes;
import io.dto.gateway.web.HttpServerVerticle;
import io.dto.gateway.web.MarketDataRoutes;
import io.dto.gateway.web.MetricsRoutes;
import io.dto.gateway.web.OrderRoutes;
import io.dto.gateway.web.PluginRoutes;
import io.dto.gateway.web.RiskRoutes;
import io.dto.gateway.web.SessionRoutes;
import io.dto.gateway.web.UiRoutes;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.healthchecks.Status;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
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
    private final BacktestReportVerticle backtest;
    private final boolean exitWhenBacktestDone;

    private Gateway(Vertx vertx, PluginManager plugins, HttpServerVerticle http, List<String> deployments,
            BacktestReportVerticle backtest, boolean exitWhenBacktestDone) {
        this.vertx = vertx;
        this.plugins = plugins;
        this.http = http;
        this.deployments = deployments;
        this.backtest = backtest;
        this.exitWhenBacktestDone = exitWhenBacktestDone;
    }

    /** Whether {@code bin/gateway run} should stop once the backtest summary is printed. */
    public boolean exitWhenBacktestDone() {
        return exitWhenBacktestDone;
    }

    /** The summary of a backtest, once its replay ended and its orders settled; empty unless backtest is on. */
    public Optional<Future<BacktestSummary>> backtestSummary() {
        return Optional.ofNullable(backtest).map(BacktestReportVerticle::summary);
    }

    public static Future<Gateway> start(Vertx vertx, GatewayConfig config, PrometheusMeterRegistry registry) {
        long started = System.nanoTime();
        // Reading the trusted keys and compiling the manifest schema take seconds on a loaded machine: never on an
        // event loop, whichever thread calls start.
        return vertx.executeBlocking(() -> PluginValidators.create(config))
                .compose(validator -> start(vertx, config, registry, validator, started));
    }

    private static Future<Gateway> start(Vertx vertx, GatewayConfig config, PrometheusMeterRegistry registry,
            PluginValidator validator, long started) {
        InstantSource clock = InstantSource.system();
        MessageCodecs.registerAll(vertx.eventBus());
        RiskQuery.registerCodecs(vertx.eventBus());
        OrderRepository repository = new JdbcOrderRepository(vertx, config.persistence());

        GatewayMetrics metrics = new GatewayMetrics(registry, clock);
        OrderViews orderViews = new OrderViews();
        SignalOrderRouter signalRouter = new SignalOrderRouter(vertx, config.sizing(),
                metrics.orders()::onSignalSubmitted);
        signalRouter.start();

        PluginRegistry pluginRegistry = new PluginRegistry();
        BusGuard guard = new BusGuard(registry);
        guard.install(vertx.eventBus());
        PluginManager plugins = new PluginManager(vertx, config.pluginFolders(), Set.copyOf(config.disabledPlugins()),
                validator, pluginRegistry, registry, clock, signalRouter, metrics.hostObserver(), config.marketData(),
                new FeedFlowControl(), guard, config.security().supervision(), new RemoteHosts(vertx));

        AtomicBoolean pluginsStarted = new AtomicBoolean();
        DatabaseCheck database = new DatabaseCheck(repository::ping);
        HealthRegistry health = new HealthRegistry(vertx)
                .liveness("event-loop", () -> Future.succeededFuture(Status.OK()))
                .liveness("database", database)
                .readiness("database", database)
                .readiness("plugins", new PluginsCheck(pluginRegistry, pluginsStarted::get))
                .readiness("broker-sessions", new SessionsCheck(metrics.sessions()::sessions))
                .readiness("feeds", new FeedsCheck(pluginRegistry, metrics.feeds()::sinceLastUpdate));

        HttpServerVerticle http = new HttpServerVerticle(config.http().host(), config.http().port(),
                config.apiToken(), List.of(new HealthRoutes(health), new MetricsRoutes(registry),
                        new PluginRoutes(vertx, plugins), new OrderRoutes(vertx, orderViews, repository),
                        new AccountRoutes(vertx), new RiskRoutes(vertx), new UiRoutes(vertx, pluginRegistry),
                        new SessionRoutes(metrics.sessions()::sessions), new MarketDataRoutes(plugins)));
        BacktestReportVerticle backtest = config.backtest().enabled()
                ? new BacktestReportVerticle(config.backtest()) : null;

        List<String> deployments = new java.util.ArrayList<>();
        return vertx.deployVerticle(metrics)
                .onSuccess(deployments::add)
                .compose(id -> vertx.deployVerticle(new OrderManagerVerticle(config, clock, orderViews, repository,
                        registry)))
                .onSuccess(deployments::add)
                .compose(id -> vertx.deployVerticle(http))
                .onSuccess(deployments::add)
                .compose(id -> deployMarketData(vertx, config, clock, backtest, deployments))
                .compose(v -> plugins.startAll())
                .map(records -> {
                    pluginsStarted.set(true);
                    vertx.eventBus().send(OrderManagerVerticle.RECONCILE, "");
                    LOG.info("gateway ready on http://{}:{} in {} ms with {} plugins running", config.http().host(),
                            http.actualPort(), (System.nanoTime() - started) / 1_000_000,
                            records.stream().filter(r -> r.state() == PluginState.RUNNING).count());
                    return new Gateway(vertx, plugins, http, deployments, backtest,
                            config.backtest().exitWhenDone());
                });
    }

    /** The bar aggregator when bars are configured, and the backtest report when enabled. */
    private static Future<Void> deployMarketData(Vertx vertx, GatewayConfig config, InstantSource clock,
            BacktestReportVerticle backtest, List<String> deployments) {
        Future<Void> bars = config.marketData().barTimeframes().isEmpty() ? Future.succeededFuture()
                : vertx.deployVerticle(new BarAggregatorVerticle(config.marketData(), clock))
                        .onSuccess(deployments::add).mapEmpty();
        return backtest == null ? bars
                : bars.compose(v -> vertx.deployVerticle(backtest)).onSuccess(deployments::add).mapEmpty();
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
