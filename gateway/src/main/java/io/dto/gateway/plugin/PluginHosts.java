package io.dto.gateway.plugin;

/** Creates the host verticle for a plugin's type, in the gateway or in a plugin-host process. */
public final class PluginHosts {

    private PluginHosts() {
    }

    public static PluginHost<?> create(LoadedPlugin loaded, PluginHost.HostServices services) {
        return switch (loaded.validated().manifest().pluginInfo().type()) {
            case STRATEGY -> new StrategyHost(loaded, services);
            case DATA_PROVIDER -> new DataProviderHost(loaded, services);
            case BROKER -> new BrokerHost(loaded, services);
            case INDICATOR -> new IndicatorHost(loaded, services);
            case RISK_MANAGEMENT -> new RiskHost(loaded, services);
            case UI -> new UiHost(loaded, services);
            case UTILITY -> new UtilityHost(loaded, services);
        };
    }
}
