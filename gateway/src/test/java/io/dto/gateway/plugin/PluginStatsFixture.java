package io.dto.gateway.plugin;

/** Drives a {@link PluginStats} as a host would, for tests outside the plugin package. */
public final class PluginStatsFixture {

    private PluginStatsFixture() {
    }

    public static PluginStats with(int eventsIn, int eventsOut, int errors) {
        PluginStats stats = new PluginStats();
        for (int i = 0; i < eventsIn; i++) {
            stats.eventIn(1_000);
        }
        stats.eventsOut(eventsOut);
        for (int i = 0; i < errors; i++) {
            stats.error("boom " + i);
        }
        return stats;
    }
}
