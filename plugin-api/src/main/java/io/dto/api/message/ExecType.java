package io.dto.api.message;

/** What an execution report reports, with FIX ExecType (tag 150) values. */
public enum ExecType {
    NEW('0'),
    TRADE('F'),
    CANCELED('4'),
    REPLACED('5'),
    PENDING_CANCEL('6'),
    PENDING_REPLACE('E'),
    REJECTED('8'),
    EXPIRED('C'),
    ORDER_STATUS('I');

    private final char fixCode;

    ExecType(char fixCode) {
        this.fixCode = fixCode;
    }

    public char fixCode() {
        return fixCode;
    }
}
