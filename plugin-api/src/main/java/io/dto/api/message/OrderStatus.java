package io.dto.api.message;

/** Order status with FIX OrdStatus (tag 39) semantics. */
public enum OrderStatus {
    PENDING_NEW('A'),
    NEW('0'),
    PARTIALLY_FILLED('1'),
    FILLED('2'),
    PENDING_CANCEL('6'),
    CANCELED('4'),
    PENDING_REPLACE('E'),
    REPLACED('5'),
    REJECTED('8'),
    EXPIRED('C');

    private final char fixCode;

    OrderStatus(char fixCode) {
        this.fixCode = fixCode;
    }

    public char fixCode() {
        return fixCode;
    }

    /** A terminal order takes no further fills, cancels or replaces. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == REPLACED || this == REJECTED || this == EXPIRED;
    }
}
