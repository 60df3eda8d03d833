package io.dto.testkit;

import io.dto.api.Plugin;

/**
 * What the harness of each plugin type shares: the {@link PluginHarness} underneath (configuration, context, fake
 * clock), the plugin, and closing.
 */
public abstract class TypedHarness<P extends Plugin> implements AutoCloseable {

    protected final PluginHarness<P> harness;

    TypedHarness(PluginHarness<P> harness) {
        this.harness = harness;
    }

    /** The harness, after initializing its plugin unless the test already did. */
    static <P extends Plugin> PluginHarness<P> initialized(PluginHarness<P> harness) {
        if (!harness.initialized()) {
            harness.start();
        }
        return harness;
    }

    public PluginHarness<P> harness() {
        return harness;
    }

    public P plugin() {
        return harness.plugin();
    }

    public FakeClock clock() {
        return harness.clock();
    }

    /** Cleans the plugin up (once) and releases the harness. */
    @Override
    public void close() {
        harness.close();
    }
}
