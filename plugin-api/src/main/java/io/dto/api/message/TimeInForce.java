package io.dto.api.message;

/** Time in force, with the FIX tag 59 values. */
public enum TimeInForce {
    DAY('0'),
    GTC('1'),
    IOC('3'),
    FOK('4');

    private final char fixCode;

    TimeInForce(char fixCode) {
        this.fixCode = fixCode;
    }

    public char fixCode() {
        return fixCode;
    }
}
