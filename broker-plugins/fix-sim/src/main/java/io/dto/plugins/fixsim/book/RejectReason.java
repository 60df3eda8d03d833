package io.dto.plugins.fixsim.book;

/** Why the venue refused an order; the FIX layer maps each to an OrdRejReason its FIX version knows. */
public enum RejectReason {
    UNKNOWN_SYMBOL,
    INCORRECT_QUANTITY,
    MISSING_PRICE,
    INVALID_PRICE,
    UNSUPPORTED_ORDER_TYPE,
    DUPLICATE_ORDER,
    UNKNOWN_ORDER
}
