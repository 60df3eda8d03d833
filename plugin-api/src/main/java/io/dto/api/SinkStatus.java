package io.dto.api;

/** What happened to one update offered to a {@link MarketDataSink}. */
public enum SinkStatus {
    /** Delivered or buffered. */
    ACCEPTED,
    /** Dropped by the back-pressure policy; the drop is counted. */
    DROPPED,
    /** Buffered, but the buffer is full: stop producing until {@link DataProviderPlugin#onResume()}. */
    PAUSE
}
