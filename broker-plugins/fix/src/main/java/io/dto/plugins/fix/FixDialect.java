package io.dto.plugins.fix;

import io.dto.api.message.ExecType;
import quickfix.FixVersions;
import quickfix.SessionID;

/**
 * What differs between the FIX versions the plugin speaks, in one place, so one adapter serves them all. Up to FIX
 * 4.2 an ExecutionReport says a fill with ExecType 1/2 and what kind of report it is with ExecTransType (20); from
 * 4.3 on (FIX 4.4, and 5.0 over FIXT.1.1) ExecType F is a trade, I a status answer, G/H trade corrections and
 * cancels, and OrderMassStatusRequest exists. Requests (D, F, G, H) use the same tags in every version.
 */
enum FixDialect {
    FIX42,
    FIX43_AND_LATER;

    /** An ExecType as our records know it; {@code unmodeled} names what the record cannot express, or is null. */
    record Classified(ExecType type, String unmodeled) {
    }

    static FixDialect of(SessionID session) {
        String begin = session.getBeginString();
        boolean old = FixVersions.BEGINSTRING_FIX40.equals(begin) || FixVersions.BEGINSTRING_FIX41.equals(begin)
                || FixVersions.BEGINSTRING_FIX42.equals(begin);
        return old ? FIX42 : FIX43_AND_LATER;
    }

    boolean supportsMassStatus() {
        return this == FIX43_AND_LATER;
    }

    /**
     * Classifies an ExecutionReport.
     *
     * @param execTransType tag 20, or {@code null} when absent (always, from FIX 4.3 on)
     */
    Classified classify(char execType, Character execTransType) {
        if (this == FIX42 && execTransType != null && execTransType != '0') {
            return execTransType == '3' ? new Classified(ExecType.ORDER_STATUS, null)
                    : new Classified(ExecType.ORDER_STATUS, execTransType == '1' ? "execution cancel (ExecTransType 1)"
                            : "execution correction (ExecTransType " + execTransType + ")");
        }
        return switch (execType) {
            case '0' -> new Classified(ExecType.NEW, null);
            case '1', '2', 'F' -> new Classified(ExecType.TRADE, null);
            case '3' -> new Classified(ExecType.EXPIRED, null);
            case '4' -> new Classified(ExecType.CANCELED, null);
            case '5' -> new Classified(ExecType.REPLACED, null);
            case '6' -> new Classified(ExecType.PENDING_CANCEL, null);
            case '8' -> new Classified(ExecType.REJECTED, null);
            case 'C' -> new Classified(ExecType.EXPIRED, null);
            case 'E' -> new Classified(ExecType.PENDING_REPLACE, null);
            case 'I', 'A' -> new Classified(ExecType.ORDER_STATUS, null);
            default -> unmodeled(execType);
        };
    }

    private static Classified unmodeled(char execType) {
        String what = switch (execType) {
            case 'G' -> "trade correction";
            case 'H' -> "trade cancel";
            case 'D' -> "restatement";
            default -> "report";
        };
        return new Classified(ExecType.ORDER_STATUS, what + " (ExecType " + execType + ")");
    }
}
