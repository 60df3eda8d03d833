package io.dto.api.message;

/** Order side, with the FIX tag 54 values. */
public enum Side {
    BUY('1'),
    SELL('2'),
    SELL_SHORT('5');

    private final char fixCode;

    Side(char fixCode) {
        this.fixCode = fixCode;
    }

    public char fixCode() {
        return fixCode;
    }

    /** +1 for buys, -1 for sells: the sign a fill of this side applies to a position. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }
}
