package io.dto.systemtest.plugins;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strategy for tests: one signal per tick, carrying the tick's size as {@code seq} and the plugin's version, so a
 * test can see exactly which instance processed which tick. It reads its version from its own jar's manifest, so
 * the same class serves as version 1 and version 2 of a reload.
 */
public final class TickEchoStrategy implements StrategyPlugin {

    private final String version = readVersion();
    private PluginContext context;
    private Set<String> symbols = Set.of();

    @Override
    public PluginInfo info() {
        return new PluginInfo("tick-echo", version, PluginType.STRATEGY, "echoes ticks as signals",
                new Capabilities(symbols, Set.of("signal"), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        this.symbols = Set.copyOf(context.config().getJsonArray("symbols").getList());
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(symbols, MarketDataKind.TICKS);
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        return List.of(new Signal(context.pluginId(), data.symbol(), SignalAction.BUY, 1.0, data.price(),
                context.clock().instant(), Map.of("seq", data.volume(), "version", version)));
    }

    private static String readVersion() {
        try (InputStream in = TickEchoStrategy.class.getResourceAsStream("/plugin-manifest.json")) {
            if (in == null) {
                throw new IllegalStateException("tick-echo runs only from its plugin jar");
            }
            JsonObject manifest = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return manifest.getJsonObject("plugin_info").getString("version");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
