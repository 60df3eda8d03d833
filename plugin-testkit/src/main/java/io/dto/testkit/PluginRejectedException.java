package io.dto.testkit;

import java.util.List;

/**
 * The gateway would refuse this plugin: its manifest, its configuration or what it says about itself does not hold
 * up. {@link #problems()} lists every problem found, each in words that say what to fix.
 */
public final class PluginRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where the plugin was refused, in the gateway's lifecycle order. */
    public enum Stage {
        /** The manifest is unreadable, fails its schema, or names another class or type. */
        MANIFEST,
        /** The configuration does not satisfy the manifest's parameters. */
        CONFIGURATION,
        /** After initialization, {@code info()} disagrees with the manifest. */
        REGISTRATION
    }

    private final transient Stage stage;
    private final transient List<String> problems;

    public PluginRejectedException(String pluginId, Stage stage, List<String> problems) {
        super(stage.name().toLowerCase(java.util.Locale.ROOT) + " of plugin '" + pluginId + "' rejected:\n  - "
                + String.join("\n  - ", problems));
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    public Stage stage() {
        return stage;
    }

    public List<String> problems() {
        return problems;
    }
}
