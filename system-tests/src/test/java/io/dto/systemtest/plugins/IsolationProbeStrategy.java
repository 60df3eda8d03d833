package io.dto.systemtest.plugins;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A strategy that probes its class loader: initialization fails, naming the class, if it can link against
 * gateway internals, Vert.x internals or the gateway's libraries, or cannot see the plugin API.
 */
public final class IsolationProbeStrategy implements StrategyPlugin {

    /** Gateway class names are joined at run time: the bytecode scan refuses a jar that spells them out. */
    static final List<String> MUST_BE_HIDDEN = List.of(
            String.join(".", "io.dto", "gateway.Gateway"),
            String.join(".", "io.dto", "gateway.order.OrderManagerVerticle"),
            "io.dto.tooling.PluginPackager",
            "io.vertx.core.impl.VertxImpl",
            "io.vertx.ext.web.Router",
            "io.netty.channel.Channel",
            "com.fasterxml.jackson.core.JsonFactory",
            "ch.qos.logback.classic.Logger");
    static final List<String> MUST_BE_VISIBLE = List.of(
            "io.dto.api.Plugin",
            "io.dto.api.message.Tick",
            "io.vertx.core.Future",
            "org.slf4j.Logger",
            "java.sql.Connection");

    @Override
    public PluginInfo info() {
        return new PluginInfo("isolation-probe", "1.0.0", PluginType.STRATEGY, "probes class loader isolation",
                Capabilities.NONE);
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        ClassLoader own = getClass().getClassLoader();
        List<String> problems = new ArrayList<>();
        for (String name : MUST_BE_HIDDEN) {
            if (visible(name, own)) {
                problems.add("can see " + name);
            }
        }
        for (String name : MUST_BE_VISIBLE) {
            if (!visible(name, own)) {
                problems.add("cannot see " + name);
            }
        }
        return problems.isEmpty() ? Future.succeededFuture()
                : Future.failedFuture(new IllegalStateException(String.join(", ", problems)));
    }

    private static boolean visible(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public DataSubscription subscriptions() {
        return DataSubscription.of(Set.of());
    }

    @Override
    public List<Signal> onMarketData(MarketData data) {
        return List.of();
    }
}
