package io.dto.plugins.fixsim;

/** What an execution report tells the counterparty; the FIX dialect turns it into ExecType. */
enum ExecKind {
    NEW,
    TRADE,
    CANCELED,
    REPLACED,
    REJECTED,
    STATUS
}
