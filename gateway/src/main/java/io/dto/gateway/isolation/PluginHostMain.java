package io.dto.gateway.isolation;

import io.dto.api.Permission;
import io.dto.api.codec.MessageCodecs;
import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.marketdata.FeedFlowControl;
import io.dto.gateway.marketdata.MarketDataConfig;
import io.dto.gateway.plugin.BusGuard;
import io.dto.gateway.plugin.HostObserver;
import io.dto.gateway.plugin.LoadedPlugin;
import io.dto.gateway.plugin.PluginHost;
import io.dto.gateway.plugin.PluginHosts;
import io.dto.gateway.plugin.ValidatedPlugin;
import io.dto.gateway.security.Trust;
import io.dto.tooling.ManifestReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin-host process: runs one plugin, which the gateway validated, in the same typed host as in the gateway,
 * on a Vert.x instance of its own, connected to the gateway through the event-bus bridge ({@link BridgeLink}). It
 * reads its launch specification from standard input and exits when the gateway closes the bridge.
 */
public final class PluginHostMain {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHostMain.class);

    private PluginHostMain() {
    }

    public static void main(String[] args) throws Exception {
        JsonObject spec = new JsonObject(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        ValidatedPlugin validated = validated(spec);
        Vertx vertx = Vertx.vertx();
        MessageCodecs.registerAll(vertx.eventBus());
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        BusGuard guard = new BusGuard(meters);
        guard.install(vertx.eventBus());
        BridgeLink link = new BridgeLink(vertx, validated.id());
        PluginHost.HostServices services = new PluginHost.HostServices(meters, InstantSource.system(), link,
                signal -> {
                    // Signals cross to the gateway as they are published; it routes them into orders.
                }, HostObserver.NONE, MarketDataConfig.from(new JsonObject(), new ArrayList<>()), new FeedFlowControl(),
                guard, link, (id, reason) -> LOG.error("plugin {} failed: {}", id, reason));
        link.connect(spec.getInteger("port"), spec.getString("token"))
                .compose(v -> vertx.executeBlocking(() -> LoadedPlugin.load(validated,
                        PluginHostMain.class.getClassLoader())))
                .compose(loaded -> {
                    PluginHost<?> host = PluginHosts.create(loaded, services);
                    vertx.setPeriodic(1000, t -> link.sendStats(host.stats().report(System.nanoTime())));
                    return vertx.deployVerticle(host, new DeploymentOptions().setClassLoader(loaded.loader())
                            .setThreadingModel(ThreadingModel.WORKER).setWorkerPoolName("plugin")
                            .setWorkerPoolSize(1));
                })
                .onSuccess(id -> LOG.info("plugin {} runs in plugin-host process {}", validated.id(),
                        ProcessHandle.current().pid()))
                .onFailure(e -> {
                    LOG.error("plugin {} did not start: {}", validated.id(), e.getMessage(), e);
                    vertx.close().onComplete(ar -> System.exit(2));
                });
        link.closed().onComplete(v -> {
            LOG.warn("the gateway closed the bridge; plugin-host process {} exits", ProcessHandle.current().pid());
            vertx.close().onComplete(ar -> System.exit(0));
        });
    }

    private static ValidatedPlugin validated(JsonObject spec) throws Exception {
        Path jar = Path.of(spec.getString("jar"));
        PluginManifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            String text = new String(file.getInputStream(file.getEntry(PluginManifest.ENTRY_NAME)).readAllBytes(),
                    StandardCharsets.UTF_8);
            manifest = new ManifestReader().read(text);
        }
        Set<Permission> permissions = spec.getJsonArray("permissions").stream().map(String::valueOf)
                .map(Permission::fromManifestName).collect(Collectors.toSet());
        return new ValidatedPlugin(jar, jar, manifest, spec.getJsonObject("config"), permissions, List.of(),
                new Trust(false, manifest.security().publisher(), "runs in a plugin-host process"), Isolation.THREAD);
    }
}
