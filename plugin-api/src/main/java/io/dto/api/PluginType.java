package io.dto.api;

import java.util.Arrays;

/** The guide's seven plugin types; {@link #manifestName()} is the value of {@code plugin_info.type}. */
public enum PluginType {
    STRATEGY("strategy", StrategyPlugin.class),
    DATA_PROVIDER("data_provider", DataProviderPlugin.class),
    RISK_MANAGEMENT("risk_management", RiskManagementPlugin.class),
    INDICATOR("indicator", IndicatorPlugin.class),
    BROKER("broker", BrokerPlugin.class),
    UI("ui", UiPlugin.class),
    UTILITY("utility", UtilityPlugin.class);

    private final String manifestName;
    private final Class<? extends Plugin> contract;

    PluginType(String manifestName, Class<? extends Plugin> contract) {
        this.manifestName = manifestName;
        this.contract = contract;
    }

    public String manifestName() {
        return manifestName;
    }

    /** The interface a plugin's entry point must implement to be of this type. */
    public Class<? extends Plugin> contract() {
        return contract;
    }

    public static PluginType fromManifestName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.manifestName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plugin type '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(PluginType::manifestName).toList()));
    }
}
