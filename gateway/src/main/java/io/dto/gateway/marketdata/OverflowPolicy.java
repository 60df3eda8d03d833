package io.dto.gateway.marketdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a subscriber's full market-data buffer does with one more update. */
public enum OverflowPolicy {
    /** Evict the oldest buffered update to make room: the subscriber always sees the freshest data. */
    DROP_OLDEST,
    /** Refuse the new update: the subscriber sees an unbroken prefix of the stream. */
    DROP_NEWEST,
    /**
     * Ask the data providers to stop ({@code SinkStatus.PAUSE}) once the buffer is three-quarters full, and to go on
     * ({@code onResume}) once it has drained to a quarter. Updates already in flight when the buffer is full are
     * dropped (newest first) and counted.
     */
    PAUSE;

    /** The name in {@code gateway.yaml}: {@code drop_oldest}, {@code drop_newest}, {@code pause}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException listing the accepted names */
    public static OverflowPolicy fromConfig(String name) {
        return Arrays.stream(values())
                .filter(p -> p.configName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown overflow policy '" + name + "'; use one of "
                        + Arrays.stream(values()).map(OverflowPolicy::configName).collect(Collectors.joining(", "))));
    }
}
