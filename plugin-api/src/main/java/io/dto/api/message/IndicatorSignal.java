package io.dto.api.message;

/** The guide's indicator signal states: {@code WAITING} until enough data, {@code ERROR} if a value cannot be computed. */
public enum IndicatorSignal {
    BUY,
    SELL,
    HOLD,
    NEUTRAL,
    WAITING,
    ERROR
}
