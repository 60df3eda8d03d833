package io.dto.gateway.cli;

import io.dto.api.Permission;
import io.dto.api.PluginState;
import io.dto.api.codec.MessageCodecs;
import io.dto.gateway.PlatformVersion;
import io.dto.gateway.config.ConfigLoader;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.plugin.ChecksumCheck;
import io.dto.gateway.plugin.CompatibilityCheck;
import io.dto.gateway.marketdata.FeedFlowControl;
import io.dto.gateway.plugin.HostObserver;
import io.dto.gateway.plugin.PluginManager;
import io.dto.gateway.plugin.PluginRecord;
import io.dto.gateway.plugin.PluginRegistry;
import io.dto.gateway.plugin.PluginValidator;
import io.dto.tooling.ManifestReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gateway venue}: the fix-sim venue alone, for a gateway (or any FIX client) in another process. The plugin
 * is loaded from the plugin folders through the plugin manager, like any plugin: the CLI does not link against it.
 */
@Command(name = "venue", mixinStandardHelpOptions = true,
        description = "Run the fix-sim FIX venue alone (the plugin from the plugin folders) until interrupted.")
final class VenueCommand implements Callable<Integer> {

    static final String VENUE_PLUGIN = "fix-sim";
    private static final Logger LOG = LoggerFactory.getLogger(VenueCommand.class);

    @Option(names = "--config", description = "gateway configuration file for the plugin folders and the fix-sim "
            + "configuration (default: ${DEFAULT-VALUE})", defaultValue = "config/gateway.yaml")
    private Path config;

    @Option(names = "--port", description = "FIX port to listen on (default: fix-sim's configured port, 9876)")
    private Integer port;

    @Override
    public Integer call() throws Exception {
        VertxRuntime.Instance runtime = VertxRuntime.create();
        MessageCodecs.registerAll(runtime.vertx().eventBus());
        GatewayConfig cfg = new ConfigLoader(runtime.vertx(), System.getenv()).load(config, null)
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        PluginManager plugins = new PluginManager(runtime.vertx(), cfg.pluginFolders(), Set.of(),
                new PluginValidator(new ManifestReader(),
                        List.of(new CompatibilityCheck(PlatformVersion.current(), Runtime.version().feature()),
                                new ChecksumCheck()),
                        id -> pluginConfig(id, cfg), id -> Set.<Permission>of()),
                new PluginRegistry(), runtime.registry(), InstantSource.system(), signal -> { },
                HostObserver.NONE, cfg.marketData(), new FeedFlowControl());
        List<PluginRecord> started = plugins.startOnly(Set.of(VENUE_PLUGIN)).toCompletionStage()
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        if (started.stream().noneMatch(r -> r.state() == PluginState.RUNNING)) {
            LOG.error("the {} plugin did not start: {}", VENUE_PLUGIN, started.isEmpty()
                    ? "no " + VENUE_PLUGIN + " jar in " + cfg.pluginFolders() : started.get(0).lastError());
            runtime.vertx().close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping the venue");
            Future<Void> stop = plugins.stopAll().eventually(() -> runtime.vertx().close());
            try {
                stop.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("the venue did not stop cleanly: {}", e.getMessage());
            }
            stopped.countDown();
        }, "venue-shutdown"));
        stopped.await();
        return 0;
    }

    private JsonObject pluginConfig(String pluginId, GatewayConfig cfg) {
        JsonObject pluginConfig = cfg.pluginConfig(pluginId);
        if (port != null && VENUE_PLUGIN.equals(pluginId)) {
            pluginConfig.put("port", port);
        }
        return pluginConfig;
    }
}
