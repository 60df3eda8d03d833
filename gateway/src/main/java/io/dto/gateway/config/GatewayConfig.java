package io.dto.gateway.config;

import io.dto.gateway.backtest.BacktestConfig;
import io.dto.gateway.marketdata.MarketDataConfig;
import io.dto.gateway.order.SignalSizing;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gateway's configuration ({@code config/gateway.yaml} after environment overrides), checked where it is
 * built: a wrong value fails start-up with a message that names the key and the fix.
 *
 * @param pluginFolders where plugin jars are discovered, relative to the working directory
 * @param pluginConfigs each plugin's configuration by plugin id, validated later against its manifest
 * @param disabledPlugins plugin ids that are discovered but not loaded
 * @param brokers the known brokers with the rate limit and circuit breaker of each
 * @param sizing how the signal router sizes BUY and SELL signals ({@code orders.sizing})
 * @param marketData subscriber buffers, bar aggregation and historical-request limits ({@code market_data})
 * @param backtest the end-of-replay report ({@code backtest})
 */
public record GatewayConfig(HttpConfig http, String apiToken, List<Path> pluginFolders,
        Map<String, JsonObject> pluginConfigs, List<String> disabledPlugins, OrderConfig orders,
        Map<String, BrokerLimits> brokers, RiskConfig risk, AccountConfig account, PersistenceConfig persistence,
        SignalSizing sizing, MarketDataConfig marketData, BacktestConfig backtest) {

    /** The HTTP server that serves REST, console and metrics. */
    public record HttpConfig(String host, int port) {
    }

    /**
     * Defaults and bounds of the order path.
     *
     * @param signalQuantity the quantity the signal router gives a signal of strength 1.0 (scaled by strength,
     *     at least one unit)
     * @param symbols the tradable symbols; an order for another is refused as bad input
     * @param idempotencyWindowHours how far back a retried submit finds its first order by clientOrderId after a
     *     restart
     */
    public record OrderConfig(String defaultBroker, String defaultAccount, long signalQuantity,
            long brokerTimeoutMillis, Set<String> symbols, long idempotencyWindowHours) {

        public OrderConfig {
            symbols = Set.copyOf(symbols);
        }
    }

    public static GatewayConfig from(JsonObject json) {
        List<String> problems = new ArrayList<>();
        ConfigValues root = ConfigValues.root(json, problems);
        ConfigValues gateway = root.object("gateway");
        ConfigValues http = gateway.object("http");
        ConfigValues plugins = root.object("plugins");

        long port = http.whole("port", 8080);
        if (port < 0 || port > 65535) {
            problems.add("gateway.http.port must be between 0 and 65535, got " + port);
        }
        String token = gateway.string("api_token", null);
        if (token == null || token.isBlank()) {
            problems.add("gateway.api_token must be set (or GATEWAY_API_TOKEN in the environment): mutating API "
                    + "routes need it");
        }
        List<Path> folders = plugins.strings("folders", List.of()).stream().map(Path::of).toList();
        if (folders.isEmpty()) {
            problems.add("plugins.folders must name at least one folder to discover plugin jars in");
        }
        Map<String, JsonObject> configs = new LinkedHashMap<>();
        plugins.object("config").json().forEach(e -> {
            if (e.getValue() instanceof JsonObject config) {
                configs.put(e.getKey(), config);
            } else if (e.getValue() == null) {
                configs.put(e.getKey(), new JsonObject());
            } else {
                problems.add("plugins.config." + e.getKey() + " must be a mapping of parameter names to values");
            }
        });
        Map<String, BrokerLimits> brokers = brokers(root.object("brokers"));
        OrderConfig orders = orders(root.object("orders"), brokers.keySet());
        RiskConfig risk = RiskConfig.from(root.object("risk"));
        AccountConfig account = AccountConfig.from(root.object("account"));
        PersistenceConfig persistence = PersistenceConfig.from(root.object("persistence"));
        SignalSizing sizing = SignalSizing.from(root.object("orders").json(), orders.signalQuantity(), problems);
        MarketDataConfig marketData = MarketDataConfig.from(root.object("market_data").json(), problems);
        BacktestConfig backtest = BacktestConfig.from(root.object("backtest").json(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid gateway configuration:\n  - " + String.join("\n  - ", problems));
        }
        return new GatewayConfig(new HttpConfig(http.string("host", "127.0.0.1"), (int) port), token,
                List.copyOf(folders), configs, plugins.strings("disabled", List.of()), orders, brokers, risk,
                account, persistence, sizing, marketData, backtest);
    }

    private static OrderConfig orders(ConfigValues orders, Set<String> brokers) {
        String defaultBroker = orders.string("default_broker", "paper");
        if (!brokers.contains(defaultBroker)) {
            orders.problem("orders.default_broker '" + defaultBroker + "' is not one of the brokers " + brokers
                    + "; add it under brokers:");
        }
        List<String> symbols = orders.strings("symbols", List.of("AAPL", "MSFT", "GOOGL"));
        if (symbols.isEmpty()) {
            orders.problem("orders.symbols must list at least one tradable symbol");
        }
        return new OrderConfig(defaultBroker, orders.string("default_account", "DEMO"),
                orders.positiveWhole("signal_quantity", 10), orders.positiveWhole("broker_timeout_ms", 5000),
                new LinkedHashSet<>(symbols), orders.positiveWhole("idempotency_window_hours", 24));
    }

    /** {@code brokers.default} sets every broker's limits; each other key is a known broker with its overrides. */
    private static Map<String, BrokerLimits> brokers(ConfigValues section) {
        BrokerLimits defaults = BrokerLimits.from(section.object("default"), BrokerLimits.DEFAULT);
        Map<String, BrokerLimits> brokers = new LinkedHashMap<>();
        for (String id : section.json().fieldNames()) {
            if (!id.equals("default")) {
                brokers.put(id, BrokerLimits.from(section.object(id), defaults));
            }
        }
        if (brokers.isEmpty()) {
            brokers.put("paper", defaults);
        }
        return Map.copyOf(brokers);
    }

    /** A plugin's configuration as given (empty when the file names none). */
    public JsonObject pluginConfig(String pluginId) {
        return pluginConfigs.getOrDefault(pluginId, new JsonObject()).copy();
    }
}
