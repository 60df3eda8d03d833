package io.dto.gateway.plugin;

import io.dto.gateway.marketdata.OverflowPolicy;
import io.dto.gateway.marketdata.SubscriberBuffer;

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

    /** A subscriber whose inbound buffer of 4 (drop newest) was offered {@code offered} updates, none taken. */
    public static PluginStats subscriberOffered(int offered) {
        PluginStats stats = new PluginStats();
        SubscriberBuffer<Object> buffer = new SubscriberBuffer<>(4, OverflowPolicy.DROP_NEWEST, null);
        for (int i = 0; i < offered; i++) {
            buffer.offer(i);
        }
        stats.inbound(buffer);
        return stats;
    }

    /** A data provider whose sink answered PAUSE {@code pauses} times. */
    public static PluginStats feedPaused(int pauses) {
        PluginStats stats = new PluginStats();
        for (int i = 0; i < pauses; i++) {
            stats.countFeedPause();
        }
        return stats;
    }
}
