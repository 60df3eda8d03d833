package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.Capabilities;
import io.dto.api.PluginState;
import io.dto.api.PluginType;
import io.dto.api.message.Bar;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.config.SecurityConfig.Supervision;
import io.dto.gateway.marketdata.FeedFlowControl;
import io.dto.gateway.marketdata.MarketDataConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the plugin lifecycle: discovery, validation, loading, deployment in a host verticle (on a shared event loop,
 * a thread of its own, or in a plugin-host process, as validation placed it), registration, supervision (restart
 * with backoff, then quarantine), reload and unloading. Operations are serialized on the manager's own context, so
 * a reload never races an unload; blocking steps (jar I/O, class loading) run on worker threads.
 */
public final class PluginManager {

    private static final Logger LOG = LoggerFactory.getLogger(PluginManager.class);
    /** Consumers first, producers last: a feed starts only when the strategies listening to it are up. */
    private static final List<PluginType> START_ORDER = List.of(PluginType.UTILITY, PluginType.BROKER,
            PluginType.RISK_MANAGEMENT, PluginType.INDICATOR, PluginType.STRATEGY, PluginType.UI,
            PluginType.DATA_PROVIDER);

    private final Vertx vertx;
    private final Context context;
    private final List<Path> folders;
    private final Set<String> disabled;
    private final PluginValidator validator;
    private final PluginRegistry registry;
    private final PluginHost.HostServices services;
    private final InstantSource clock;
    private final Map<String, Deployment> deployments = new ConcurrentHashMap<>();
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private final Supervision supervision;
    /** Each deployment on a thread of its own gets a new pool: a struck instance may still hold its old one. */
    private final AtomicLong poolSequence = new AtomicLong();
    private final ProcessHosts processHosts;
    private final PluginSupervisor supervisor;
    private Future<?> tail = Future.succeededFuture();

    /** A deployed plugin: its host verticle and the classes it currently runs. */
    private record Deployment(String deploymentId, HostVerticle host, LoadedPlugin loaded) {
    }

    /**
     * @param observer told what hosts do, for the metrics
     * @param guard the bus interceptors, which learn each plugin's context
     * @param processHosts creates the host of a plugin placed in a plugin-host process
     */
    public PluginManager(Vertx vertx, List<Path> folders, Set<String> disabled, PluginValidator validator,
            PluginRegistry registry, MeterRegistry meters, InstantSource clock, SignalRouter signalRouter,
            HostObserver observer, MarketDataConfig marketData, FeedFlowControl flow, BusGuard guard,
            Supervision supervision, ProcessHosts processHosts) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.folders = List.copyOf(folders);
        this.disabled = Set.copyOf(disabled);
        this.validator = validator;
        this.registry = registry;
        this.clock = clock;
        this.supervision = supervision;
        this.processHosts = processHosts;
        this.services = new PluginHost.HostServices(meters, clock, this::onHostState, signalRouter, observer,
                marketData, flow, guard, BusSubscriptions.LOCAL,
                (id, reason) -> context.runOnContext(v -> restart(id, reason)));
        this.supervisor = new PluginSupervisor(supervision, meters, this::restart);
        context.runOnContext(v -> vertx.setPeriodic(1000, t -> supervisor.sample(Set.copyOf(deployments.keySet()),
                id -> deployments.get(id).host().stats(), System.nanoTime())));
    }

    public PluginRegistry registry() {
        return registry;
    }

    /** How often a plugin was restarted since it was (re)discovered. */
    public int restarts(String id) {
        return restarts.getOrDefault(id, 0);
    }

    /** The id of the plugin-host process a plugin runs in, when it runs in one. */
    public OptionalLong processId(String id) {
        Deployment deployment = deployments.get(id);
        return deployment == null ? OptionalLong.empty() : deployment.host().processId();
    }

    /** The host of a running plugin, for its statistics. */
    public PluginStats stats(String id) {
        Deployment deployment = deployments.get(id);
        return deployment == null ? null : deployment.host().stats();
    }

    /**
     * A data provider's historical bars, through its host and its declared rate limit.
     *
     * @throws java.util.NoSuchElementException (as the failed future) when no such data provider runs
     */
    public Future<List<Bar>> historicalBars(String providerId, String symbol, Instant from, Instant to,
            String timeframe) {
        Deployment deployment = deployments.get(providerId);
        if (deployment == null || !(deployment.host() instanceof DataProviderHost host)) {
            return Future.failedFuture(new NoSuchElementException("no running data provider '" + providerId
                    + "'; GET /api/plugins lists the plugins"));
        }
        return host.historicalBars(symbol, from, to, timeframe);
    }

    /** Discovers and loads every plugin in the folders; completes when each has been deployed or rejected. */
    public Future<List<PluginRecord>> startAll() {
        return serialized(() -> vertx.executeBlocking(() -> PluginDiscovery.scan(folders))
                .compose(this::loadInOrder));
    }

    /**
     * Discovers the plugin folders but loads only the plugins named (by their manifest's name), as
     * {@code bin/gateway venue} does with fix-sim.
     */
    public Future<List<PluginRecord>> startOnly(Set<String> ids) {
        return serialized(() -> vertx.executeBlocking(() -> PluginDiscovery.scan(folders).stream()
                        .filter(jar -> ids.contains(peekName(jar)))
                        .toList())
                .compose(this::loadInOrder));
    }

    /** Loads jars that appeared in the folders since start (or since a plugin was unloaded). */
    public Future<List<PluginRecord>> rescan() {
        return serialized(() -> vertx.executeBlocking(() -> PluginDiscovery.scan(folders))
                .map(jars -> jars.stream().filter(jar -> !isDeployedJar(jar.path())).toList())
                .compose(jars -> {
                    restarts.keySet().retainAll(deployments.keySet());
                    return loadInOrder(jars);
                }));
    }

    /**
     * Reloads a plugin from its jar (which may have been replaced): the new version is validated and loaded
     * before the old one goes; if it fails, the old version keeps running and the future fails with the reasons.
     */
    public Future<PluginRecord> reload(String id) {
        return serialized(() -> {
            Deployment deployment = deployments.get(id);
            if (deployment == null) {
                return Future.failedFuture(new IllegalArgumentException("plugin '" + id + "' is not running"));
            }
            Path jar = deployment.loaded().validated().source();
            return vertx.executeBlocking(() -> loadClasses(PluginDiscovery.read(jar)))
                    .onFailure(e -> registry.update(id, r -> r.withError(reasons(e))))
                    .compose(next -> deployment.host().replace(next)
                            .onFailure(e -> vertx.executeBlocking(() -> closeClasses(next)))
                            .map(v -> next))
                    .compose(next -> {
                        deployments.put(id, new Deployment(deployment.deploymentId(), deployment.host(), next));
                        registry.update(id, current -> record(next, PluginState.RUNNING, deployment.deploymentId())
                                .withCapabilities(current.capabilities()));
                        return vertx.executeBlocking(() -> closeClasses(deployment.loaded()));
                    })
                    .onComplete(ar -> services.observer().onReloaded(id, ar.succeeded()))
                    .map(v -> registry.find(id).orElseThrow());
        });
    }

    /** Lifecycle step 8: undeploys the plugin, closes its class loader and removes it from the registry. */
    public Future<Void> unload(String id) {
        return serialized(() -> {
            Deployment deployment = deployments.remove(id);
            if (deployment == null) {
                boolean known = registry.find(id).isPresent();
                registry.remove(id);
                return known ? Future.succeededFuture()
                        : Future.failedFuture(new IllegalArgumentException("no plugin '" + id + "'"));
            }
            return vertx.undeploy(deployment.deploymentId())
                    .eventually(() -> vertx.executeBlocking(() -> closeClasses(deployment.loaded())))
                    .onComplete(ar -> registry.remove(id));
        });
    }

    /** Unloads every plugin, producers first (the reverse of start). */
    public Future<Void> stopAll() {
        List<String> ids = deployments.values().stream()
                .sorted(Comparator.comparing((Deployment d) -> START_ORDER.indexOf(type(d))).reversed())
                .map(d -> d.loaded().id())
                .toList();
        Future<Void> chain = Future.succeededFuture();
        for (String id : ids) {
            chain = chain.eventually(() -> unload(id));
        }
        return chain;
    }

    /**
     * Restarts a plugin that was struck by the monitor or whose host crashed: undeploys it, waits the backoff
     * ({@code restart_backoff_ms}, doubling), and loads its jar again; after {@code max_restarts} it is
     * quarantined instead. The rest of the gateway keeps running throughout.
     */
    Future<Void> restart(String id, String reason) {
        return serialized(() -> {
            Deployment deployment = deployments.remove(id);
            if (deployment == null) {
                return Future.succeededFuture();
            }
            deployment.host().detach();
            int attempt = restarts.merge(id, 1, Integer::sum);
            boolean quarantine = attempt > supervision.maxRestarts();
            LOG.error("plugin {} {}: {}", id, quarantine ? "is quarantined" : "restarts (attempt " + attempt + ")",
                    reason);
            // The state first: the host's own UNLOADING/UNLOADED reports, from its thread, must not overwrite it.
            long delay = supervision.restartBackoffMillis() << Math.min(attempt - 1, 16);
            if (quarantine) {
                mark(id, PluginState.QUARANTINED, List.of(reason, "quarantined after " + supervision.maxRestarts()
                        + " restarts: fix the plugin, then POST /api/plugins/rescan to load it again"));
            } else {
                mark(id, PluginState.RESTARTING, List.of(reason, "restarting in " + delay + " ms"));
            }
            // Not awaited: a plugin stuck in a call stops only when the call returns, and must not hold up the rest.
            vertx.undeploy(deployment.deploymentId())
                    .eventually(() -> vertx.executeBlocking(() -> closeClasses(deployment.loaded())))
                    .onFailure(e -> LOG.warn("plugin {} did not stop cleanly: {}", id, e.getMessage()));
            if (!quarantine) {
                Path source = deployment.loaded().validated().source();
                vertx.setTimer(delay, t -> serialized(() -> vertx.executeBlocking(() -> PluginDiscovery.read(source))
                        .compose(this::load)));
            }
            return Future.succeededFuture();
        });
    }

    private void mark(String id, PluginState state, List<String> reasons) {
        registry.update(id, r -> r.withState(state, clock.instant()).withDeployment(null).withError(reasons));
        publish(id, registry.find(id).map(PluginRecord::version).orElse(null), state, String.join("; ", reasons));
    }

    private Future<List<PluginRecord>> loadInOrder(List<PluginJar> jars) {
        List<Candidate> candidates = new ArrayList<>();
        for (PluginJar jar : jars) {
            candidates.add(new Candidate(jar, peekType(jar)));
        }
        candidates.sort(Comparator.comparing(Candidate::order));
        Future<List<PluginRecord>> chain = Future.succeededFuture(new ArrayList<>());
        for (Candidate candidate : candidates) {
            chain = chain.compose(records -> load(candidate.jar()).map(record -> {
                records.add(record);
                return records;
            }));
        }
        return chain;
    }

    /** A jar with the type its manifest claims, so it can be started in {@link #START_ORDER}. */
    private record Candidate(PluginJar jar, PluginType type) {
        int order() {
            return type == null ? START_ORDER.size() : START_ORDER.indexOf(type);
        }
    }

    private Future<PluginRecord> load(PluginJar jar) {
        String provisional = jar.provisionalId();
        return vertx.executeBlocking(() -> loadClasses(jar))
                .compose(loaded -> {
                    if (deployments.containsKey(loaded.id())) {
                        vertx.executeBlocking(() -> closeClasses(loaded));
                        return Future.failedFuture(new PluginRejectedException(loaded.id(), "registration",
                                List.of("a plugin named '" + loaded.id() + "' is already running (from "
                                        + deployments.get(loaded.id()).loaded().validated().source() + ")")));
                    }
                    if (disabled.contains(loaded.id())) {
                        vertx.executeBlocking(() -> closeClasses(loaded));
                        registry.put(record(loaded, PluginState.UNLOADED, null)
                                .withError(List.of("disabled by plugins.disabled in the configuration")));
                        LOG.info("plugin {} is disabled by configuration", loaded.id());
                        return Future.succeededFuture(registry.find(loaded.id()).orElseThrow());
                    }
                    return deploy(loaded);
                })
                .recover(e -> Future.succeededFuture(rejected(jar, provisional, e)));
    }

    private Future<PluginRecord> deploy(LoadedPlugin loaded) {
        registry.put(record(loaded, PluginState.LOADED, null));
        loaded.validated().warnings().forEach(w -> LOG.warn("plugin {}: {}", loaded.id(), w));
        HostVerticle host = loaded.isRemote() ? processHosts.create(loaded, services)
                : PluginHosts.create(loaded, services);
        DeploymentOptions options = new DeploymentOptions();
        if (!loaded.isRemote()) {
            options.setClassLoader(loaded.loader());
        }
        if (loaded.validated().isolation() == Isolation.THREAD) {
            options.setThreadingModel(ThreadingModel.WORKER)
                    .setWorkerPoolName("plugin-" + loaded.id() + "-" + poolSequence.incrementAndGet())
                    .setWorkerPoolSize(1);
        }
        return vertx.deployVerticle(host, options)
                .map(deploymentId -> {
                    deployments.put(loaded.id(), new Deployment(deploymentId, host, loaded));
                    registry.update(loaded.id(), r -> r.withDeployment(deploymentId));
                    return registry.find(loaded.id()).orElseThrow();
                })
                .recover(e -> {
                    vertx.executeBlocking(() -> closeClasses(loaded));
                    return Future.failedFuture(new PluginRejectedException(loaded.id(), "initialization",
                            List.of(PluginHost.describe(e))));
                });
    }

    private PluginRecord rejected(PluginJar jar, String provisional, Throwable e) {
        String id = e instanceof PluginRejectedException rejected ? rejected.pluginId() : provisional;
        String step = e instanceof PluginRejectedException rejected ? rejected.step() : "loading";
        List<String> reasons = reasons(e);
        LOG.error("plugin {} ({}) was not deployed: {} failed:\n  - {}", id, jar.source(), step,
                String.join("\n  - ", reasons));
        PluginRecord existing = registry.find(id).orElse(null);
        PluginRecord record = new PluginRecord(id, existing == null ? null : existing.version(),
                existing == null ? null : existing.type(),
                step.equals("initialization") ? PluginState.FAILED : PluginState.REJECTED, jar.source(),
                existing == null ? null : existing.manifest(), existing == null ? null : existing.capabilities(),
                existing == null ? null : existing.permissions(), reasons, clock.instant(), null,
                existing == null ? null : existing.trust(), null);
        registry.put(record);
        publish(record.id(), record.version(), record.state(), String.join("; ", reasons));
        return record;
    }

    private LoadedPlugin loadClasses(PluginJar jar) throws PluginRejectedException {
        StagedJar staged = StagedJar.stage(jar);
        try {
            ValidatedPlugin validated = validator.validate(staged.jar());
            return validated.isolation() == Isolation.PROCESS ? LoadedPlugin.remote(validated)
                    : LoadedPlugin.load(validated, PluginManager.class.getClassLoader());
        } catch (PluginRejectedException | RuntimeException e) {
            StagedJar.delete(staged.folder());
            throw e;
        }
    }

    private Void closeClasses(LoadedPlugin loaded) {
        loaded.close();
        return null;
    }

    private PluginRecord record(LoadedPlugin loaded, PluginState state, String deploymentId) {
        var manifest = loaded.validated().manifest();
        return new PluginRecord(loaded.id(), manifest.pluginInfo().version(), manifest.pluginInfo().type(), state,
                loaded.validated().source(), manifest, loaded.capabilities(),
                loaded.validated().permissions(), List.of(), clock.instant(), deploymentId, loaded.validated().trust(),
                loaded.validated().isolation());
    }

    private void onHostState(String id, String version, PluginState state, String message,
            Capabilities capabilities) {
        if (windingDown(id, state)) {
            return;
        }
        registry.update(id, r -> {
            PluginRecord updated = r.withState(state, clock.instant());
            if (capabilities != null) {
                updated = updated.withCapabilities(capabilities);
            }
            return message == null ? updated : updated.withError(List.of(message));
        });
        publish(id, version, state, message);
        if (state == PluginState.FAILED) {
            LOG.error("plugin {} {} failed: {}", id, version, message);
        } else {
            LOG.info("plugin {} {} is {}", id, version, state);
        }
    }

    /**
     * A host stopping after a restart or quarantine reports UNLOADING and UNLOADED late; that must not overwrite the
     * plugin's RESTARTING or QUARANTINED state, nor the state of the instance that replaced it.
     */
    private boolean windingDown(String id, PluginState state) {
        if (state != PluginState.UNLOADING && state != PluginState.UNLOADED) {
            return false;
        }
        PluginState current = registry.find(id).map(PluginRecord::state).orElse(null);
        return current == PluginState.RESTARTING || current == PluginState.QUARANTINED
                || (deployments.containsKey(id) && current == PluginState.RUNNING);
    }

    private void publish(String id, String version, PluginState state, String message) {
        vertx.eventBus().publish(Addresses.PLUGIN_LIFECYCLE,
                new PluginLifecycleEvent(id, version, state, message, clock.instant()));
    }

    private boolean isDeployedJar(Path jar) {
        return deployments.values().stream()
                .anyMatch(d -> d.loaded().validated().source().toAbsolutePath().equals(jar.toAbsolutePath()));
    }

    private static PluginType peekType(PluginJar jar) {
        try {
            String type = new io.vertx.core.json.JsonObject(jar.manifestText())
                    .getJsonObject("plugin_info").getString("type");
            return PluginType.fromManifestName(type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String peekName(PluginJar jar) {
        try {
            return new io.vertx.core.json.JsonObject(jar.manifestText()).getJsonObject("plugin_info")
                    .getString("name");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static PluginType type(Deployment deployment) {
        return deployment.loaded().validated().manifest().pluginInfo().type();
    }

    private static List<String> reasons(Throwable e) {
        if (e instanceof PluginRejectedException rejected) {
            return rejected.reasons();
        }
        return List.of(PluginHost.describe(e));
    }

    /** Runs operations one after another on the manager's context. */
    private <T> Future<T> serialized(Supplier<Future<T>> operation) {
        Promise<T> result = Promise.promise();
        context.runOnContext(v -> {
            Future<T> next = tail.transform(ignored -> operation.get());
            tail = next;
            next.onComplete(result);
        });
        return result.future();
    }
}
