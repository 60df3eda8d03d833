package io.dto.plugins.fix;

import io.dto.api.message.OrderStatus;
import io.dto.api.message.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecTransType;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LastRptRequested;
import quickfix.field.LeavesQty;
import quickfix.field.MassStatusReqID;
import quickfix.field.MsgSeqNum;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.PossDupFlag;
import quickfix.field.PossResend;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TransactTime;

/**
 * Reads ExecutionReports and OrderCancelRejects of any supported FIX version: the tags are the same in 4.2, 4.4
 * and 5.0SP2, and the few differences in meaning come from {@link FixDialect}. A value that cannot be read is a
 * QuickFIX/J exception, which the session answers with a Reject; the session carries on.
 */
final class FixReports {

    private FixReports() {
    }

    static FixExecution execution(Message message, FixDialect dialect, Instant now)
            throws FieldNotFound, IncorrectTagValue {
        Character execTransType = message.isSetField(ExecTransType.FIELD) ? message.getChar(ExecTransType.FIELD)
                : null;
        char execType = message.getChar(ExecType.FIELD);
        FixDialect.Classified kind = dialect.classify(execType, execTransType);
        boolean statusAnswer = execType == ExecType.ORDER_STATUS || execTransType != null
                && execTransType == ExecTransType.STATUS;
        BigDecimal cumQty = decimal(message, CumQty.FIELD);
        BigDecimal lastQty = decimal(message, LastQty.FIELD);
        boolean trade = kind.type() == io.dto.api.message.ExecType.TRADE;
        if (trade && (lastQty == null || lastQty.signum() <= 0)) {
            throw new IncorrectTagValue(LastQty.FIELD, lastQty == null ? "" : lastQty.toPlainString(),
                    "a fill needs a positive LastQty (32)");
        }
        return new FixExecution(message.getHeader().getInt(MsgSeqNum.FIELD),
                string(message, ClOrdID.FIELD), string(message, OrigClOrdID.FIELD), string(message, OrderID.FIELD),
                message.getString(ExecID.FIELD), kind.type(), kind.unmodeled(),
                statusAnswer,
                status(message.getChar(OrdStatus.FIELD), cumQty), string(message, Symbol.FIELD), side(message),
                decimal(message, OrderQty.FIELD), trade ? lastQty : null,
                trade ? decimal(message, LastPx.FIELD) : null, cumQty, decimal(message, LeavesQty.FIELD),
                decimal(message, AvgPx.FIELD), message.isSetField(OrdRejReason.FIELD)
                        ? message.getInt(OrdRejReason.FIELD) : null,
                string(message, Text.FIELD), transactTime(message, now), possDuplicate(message),
                string(message, MassStatusReqID.FIELD),
                message.isSetField(LastRptRequested.FIELD) && message.getBoolean(LastRptRequested.FIELD));
    }

    static FixCancelReject cancelReject(Message message) throws FieldNotFound, IncorrectTagValue {
        return new FixCancelReject(message.getHeader().getInt(MsgSeqNum.FIELD), message.getString(ClOrdID.FIELD),
                string(message, OrigClOrdID.FIELD), string(message, OrderID.FIELD),
                status(message.getChar(OrdStatus.FIELD), null),
                message.getChar(CxlRejResponseTo.FIELD) == CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST,
                string(message, Text.FIELD), possDuplicate(message));
    }

    static boolean possDuplicate(Message message) throws FieldNotFound {
        Message.Header header = message.getHeader();
        return header.isSetField(PossDupFlag.FIELD) && header.getBoolean(PossDupFlag.FIELD)
                || header.isSetField(PossResend.FIELD) && header.getBoolean(PossResend.FIELD);
    }

    /**
     * OrdStatus (39) as our records know it. Statuses they lack map to the nearest: done for day (3) to EXPIRED,
     * calculated (B) to FILLED, stopped (7), suspended (9) and accepted for bidding (D) to NEW or PARTIALLY_FILLED by
     * what has been filled.
     */
    static OrderStatus status(char code, BigDecimal cumQty) throws IncorrectTagValue {
        boolean filledSome = cumQty != null && cumQty.signum() > 0;
        return switch (code) {
            case '0' -> OrderStatus.NEW;
            case '1' -> OrderStatus.PARTIALLY_FILLED;
            case '2', 'B' -> OrderStatus.FILLED;
            case '3', 'C' -> OrderStatus.EXPIRED;
            case '4' -> OrderStatus.CANCELED;
            case '5' -> OrderStatus.REPLACED;
            case '6' -> OrderStatus.PENDING_CANCEL;
            case '8' -> OrderStatus.REJECTED;
            case 'A' -> OrderStatus.PENDING_NEW;
            case 'E' -> OrderStatus.PENDING_REPLACE;
            case '7', '9', 'D' -> filledSome ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
            default -> throw new IncorrectTagValue(OrdStatus.FIELD, String.valueOf(code), "unknown OrdStatus");
        };
    }

    private static Side side(Message message) throws FieldNotFound {
        if (!message.isSetField(quickfix.field.Side.FIELD)) {
            return null;
        }
        return switch (message.getChar(quickfix.field.Side.FIELD)) {
            case '1' -> Side.BUY;
            case '2' -> Side.SELL;
            case '5' -> Side.SELL_SHORT;
            default -> null;
        };
    }

    private static Instant transactTime(Message message, Instant fallback) throws FieldNotFound {
        return message.isSetField(TransactTime.FIELD)
                ? message.getUtcTimeStamp(TransactTime.FIELD).toInstant(ZoneOffset.UTC)
                : fallback;
    }

    private static String string(Message message, int tag) throws FieldNotFound {
        return message.isSetField(tag) ? message.getString(tag) : null;
    }

    private static BigDecimal decimal(Message message, int tag) throws FieldNotFound {
        return message.isSetField(tag) ? message.getDecimal(tag) : null;
    }
}
