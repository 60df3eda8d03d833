package io.dto.api;

/** The kinds of market data a plugin can subscribe to. */
public enum MarketDataKind {
    TICKS,
    QUOTES,
    BARS
}
