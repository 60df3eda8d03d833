package io.dto.api.message;

/** What a strategy asks for. {@code EXIT} flattens the strategy's position in the symbol. */
public enum SignalAction {
    BUY,
    SELL,
    EXIT
}
