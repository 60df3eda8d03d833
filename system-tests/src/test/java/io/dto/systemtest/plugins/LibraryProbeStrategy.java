package io.dto.systemtest.plugins;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.dto.systemtest.lib.LibraryVersion;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Reports, on {@code probe.library}, which version of {@link LibraryVersion} its class loader resolved. */
public final class LibraryProbeStrategy implements StrategyPlugin {

    private final String name = readName();

    @Override
    public PluginInfo info() {
        return new PluginInfo(name, "1.0.0", PluginType.STRATEGY, "library probe", Capabilities.NONE);
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        context.bus().publish("probe.library", new JsonObject().put("plugin", name)
                .put("version", LibraryVersion.version()));
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(Set.of());
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        return List.of();
    }

    private static String readName() {
        try (InputStream in = LibraryProbeStrategy.class.getResourceAsStream("/plugin-manifest.json")) {
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getJsonObject("plugin_info").getString("name");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
