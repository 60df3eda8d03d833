package io.dto.bench.plugin.probe;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The fan-out benchmark's subscriber, packaged as many plugins (one jar per id, see {@code ProbePlugins}): on every
 * AAPL trade it updates a 5- and a 20-trade moving sum, as the ma-crossover strategy and the plain-loop baseline do,
 * and emits nothing. It takes its name from the manifest of the jar it was loaded from.
 */
public final class AveragingStrategy implements StrategyPlugin {

    private final String name = manifestName();
    private final double[] window = new double[20];
    private double shortSum;
    private double longSum;
    private long trades;

    @Override
    public PluginInfo info() {
        return new PluginInfo(name, "1.0.0", PluginType.STRATEGY, "fan-out benchmark subscriber",
                new Capabilities(Set.of("AAPL"), Set.of(), Set.of(), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        return Future.succeededFuture();
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(Set.of("AAPL"), MarketDataKind.TICKS);
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        double price = data.price();
        int slot = (int) (trades++ % 20);
        longSum += price - window[slot];
        shortSum += price - window[(slot + 15) % 20];
        window[slot] = price;
        return List.of();
    }

    private static String manifestName() {
        try (InputStream manifest = AveragingStrategy.class.getResourceAsStream("/plugin-manifest.json")) {
            if (manifest == null) {
                throw new IllegalStateException("plugin-manifest.json is not in the jar this class came from");
            }
            return new JsonObject(new String(manifest.readAllBytes(), StandardCharsets.UTF_8))
                    .getJsonObject("plugin_info").getString("name");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
