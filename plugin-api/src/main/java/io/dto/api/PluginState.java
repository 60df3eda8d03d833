package io.dto.api;

/** Where a plugin is in its lifecycle, as the registry and {@code plugin.lifecycle} report it. */
public enum PluginState {
    DISCOVERED,
    REJECTED,
    LOADED,
    INITIALIZING,
    RUNNING,
    FAILED,
    RESTARTING,
    QUARANTINED,
    UNLOADING,
    UNLOADED
}
