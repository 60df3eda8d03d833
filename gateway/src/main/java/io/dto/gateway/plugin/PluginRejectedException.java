package io.dto.gateway.plugin;

import java.util.List;

/** A plugin failed a lifecycle step; {@link #reasons()} says what to fix, one line each. */
public final class PluginRejectedException extends Exception {

    private final String pluginId;
    private final String step;
    private final List<String> reasons;

    public PluginRejectedException(String pluginId, String step, List<String> reasons) {
        super("plugin '" + pluginId + "' failed " + step + ": " + String.join("; ", reasons));
        this.pluginId = pluginId;
        this.step = step;
        this.reasons = List.copyOf(reasons);
    }

    public PluginRejectedException(String pluginId, String step, String reason, Throwable cause) {
        super("plugin '" + pluginId + "' failed " + step + ": " + reason, cause);
        this.pluginId = pluginId;
        this.step = step;
        this.reasons = List.of(reason);
    }

    public String pluginId() {
        return pluginId;
    }

    /** The lifecycle step that failed: validation, loading, initialization, ... */
    public String step() {
        return step;
    }

    public List<String> reasons() {
        return reasons;
    }
}
