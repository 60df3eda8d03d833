package io.dto.plugins.fixsim.book;

/** Why a cancel or cancel/replace was refused, with FIX CxlRejReason semantics. */
public enum CancelRejectReason {
    TOO_LATE_TO_CANCEL,
    UNKNOWN_ORDER,
    INVALID_REQUEST
}
