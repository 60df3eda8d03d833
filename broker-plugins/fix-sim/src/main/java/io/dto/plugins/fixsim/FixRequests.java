package io.dto.plugins.fixsim;

import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.ClOrdID;
import quickfix.field.MassStatusReqID;
import quickfix.field.MassStatusReqType;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Symbol;

/**
 * Reads order requests out of FIX messages of any supported version: the tags of NewOrderSingle,
 * OrderCancelRequest, OrderCancelReplaceRequest and OrderStatusRequest are the same in 4.2, 4.4 and 5.0SP2
 * (OrderMassStatusRequest exists from 4.3 on).
 * Structural problems (a missing required tag, a Side the venue cannot trade) surface as QuickFIX/J exceptions,
 * which the session answers with a Reject; business problems travel on in the request and get an
 * ExecutionReport.
 */
final class FixRequests {

    private FixRequests() {
    }

    static ClientRequest.NewOrder newOrder(Message message, SessionID session)
            throws FieldNotFound, IncorrectTagValue {
        char ordType = message.getChar(OrdType.FIELD);
        Optional<OrderType> type = Arrays.stream(OrderType.values()).filter(t -> t.fixCode() == ordType).findFirst();
        Optional<TimeInForce> tif = timeInForce(message);
        String unsupported = null;
        if (type.isEmpty()) {
            unsupported = "OrdType " + ordType + " is not supported; use 1 (market) or 2 (limit)";
        } else if (tif.isEmpty()) {
            unsupported = "TimeInForce " + message.getChar(quickfix.field.TimeInForce.FIELD)
                    + " is not supported; use 0 (day), 1 (GTC), 3 (IOC) or 4 (FOK)";
        }
        return new ClientRequest.NewOrder(session, message.getString(ClOrdID.FIELD), message.getString(Symbol.FIELD),
                side(message), type.orElse(null), decimal(message, Price.FIELD), decimal(message, OrderQty.FIELD),
                tif.orElse(null), unsupported);
    }

    static ClientRequest.Cancel cancel(Message message, SessionID session) throws FieldNotFound {
        return new ClientRequest.Cancel(session, message.getString(ClOrdID.FIELD),
                string(message, OrigClOrdID.FIELD), string(message, OrderID.FIELD));
    }

    static ClientRequest.Replace replace(Message message, SessionID session) throws FieldNotFound {
        return new ClientRequest.Replace(session, message.getString(ClOrdID.FIELD),
                string(message, OrigClOrdID.FIELD), string(message, OrderID.FIELD), decimal(message, Price.FIELD),
                decimal(message, OrderQty.FIELD));
    }

    static ClientRequest.Status status(Message message, SessionID session) throws FieldNotFound, IncorrectTagValue {
        return new ClientRequest.Status(session, string(message, ClOrdID.FIELD), string(message, OrderID.FIELD),
                string(message, Symbol.FIELD), side(message));
    }

    /**
     * Reads an OrderMassStatusRequest. The venue answers for all orders (MassStatusReqType 7) or for one symbol
     * (1, which then needs Symbol); other scopes are refused as an incorrect value of tag 585.
     */
    static ClientRequest.MassStatus massStatus(Message message, SessionID session)
            throws FieldNotFound, IncorrectTagValue {
        int scope = message.getInt(MassStatusReqType.FIELD);
        String symbol = string(message, Symbol.FIELD);
        boolean bySymbol = scope == MassStatusReqType.STATUS_FOR_ORDERS_FOR_A_SECURITY;
        if (scope != MassStatusReqType.STATUS_FOR_ALL_ORDERS && !bySymbol) {
            throw new IncorrectTagValue(MassStatusReqType.FIELD, Integer.toString(scope),
                    "fix-sim answers MassStatusReqType 1 (one security) or 7 (all orders)");
        }
        if (bySymbol && symbol == null) {
            throw new FieldNotFound(Symbol.FIELD);
        }
        Side side = message.isSetField(quickfix.field.Side.FIELD) ? side(message) : null;
        return new ClientRequest.MassStatus(session, message.getString(MassStatusReqID.FIELD),
                bySymbol ? symbol : null, side);
    }

    private static Side side(Message message) throws FieldNotFound, IncorrectTagValue {
        char code = message.getChar(quickfix.field.Side.FIELD);
        return Arrays.stream(Side.values()).filter(s -> s.fixCode() == code).findFirst()
                .orElseThrow(() -> new IncorrectTagValue(quickfix.field.Side.FIELD));
    }

    /** DAY when absent, as FIX defines; empty when present but not one the venue supports. */
    private static Optional<TimeInForce> timeInForce(Message message) throws FieldNotFound {
        if (!message.isSetField(quickfix.field.TimeInForce.FIELD)) {
            return Optional.of(TimeInForce.DAY);
        }
        char code = message.getChar(quickfix.field.TimeInForce.FIELD);
        return Arrays.stream(TimeInForce.values()).filter(t -> t.fixCode() == code).findFirst();
    }

    private static String string(Message message, int tag) throws FieldNotFound {
        return message.isSetField(tag) ? message.getString(tag) : null;
    }

    private static BigDecimal decimal(Message message, int tag) throws FieldNotFound {
        return message.isSetField(tag) ? message.getDecimal(tag) : null;
    }
}
