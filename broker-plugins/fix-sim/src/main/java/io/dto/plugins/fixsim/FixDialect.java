package io.dto.plugins.fixsim;

import io.dto.api.message.OrderStatus;
import io.dto.plugins.fixsim.book.CancelRejectReason;
import io.dto.plugins.fixsim.book.RejectReason;
import quickfix.FixVersions;
import quickfix.SessionID;

/**
 * What differs between the FIX versions the venue speaks, in one place, so one handler serves them all. FIX 4.2
 * reports fills with ExecType 1/2 and needs ExecTransType; FIX 4.4 and 5.0 (over FIXT.1.1) use ExecType F (trade)
 * and I (order status) and know more reject reasons. Codes a version's dictionary lacks would make a validating
 * counterparty reject the report, so each reason maps to one its version knows.
 */
enum FixDialect {
    FIX42,
    FIX44_AND_LATER;

    static FixDialect of(SessionID session) {
        String begin = session.getBeginString();
        boolean old = FixVersions.BEGINSTRING_FIX40.equals(begin) || FixVersions.BEGINSTRING_FIX41.equals(begin)
                || FixVersions.BEGINSTRING_FIX42.equals(begin);
        return old ? FIX42 : FIX44_AND_LATER;
    }

    boolean needsExecTransType() {
        return this == FIX42;
    }

    char execType(ExecKind kind, OrderStatus status) {
        return switch (kind) {
            case NEW -> '0';
            case TRADE -> this == FIX42 ? status.fixCode() : 'F';
            case CANCELED -> '4';
            case REPLACED -> '5';
            case REJECTED -> '8';
            case STATUS -> this == FIX42 ? status.fixCode() : 'I';
        };
    }

    /** FIX 4.2 marks a status answer with ExecTransType 3 (status); other reports are new (0). */
    char execTransType(ExecKind kind) {
        return kind == ExecKind.STATUS ? '3' : '0';
    }

    int ordRejReason(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_SYMBOL -> 1;
            case UNKNOWN_ORDER -> 5;
            case DUPLICATE_ORDER -> 6;
            case UNSUPPORTED_ORDER_TYPE -> this == FIX42 ? 0 : 11;
            case INCORRECT_QUANTITY -> this == FIX42 ? 0 : 13;
            case MISSING_PRICE, INVALID_PRICE -> this == FIX42 ? 0 : 99;
        };
    }

    int cxlRejReason(CancelRejectReason reason) {
        return switch (reason) {
            case TOO_LATE_TO_CANCEL -> 0;
            case UNKNOWN_ORDER -> 1;
            case INVALID_REQUEST -> this == FIX42 ? 2 : 99;
        };
    }
}
