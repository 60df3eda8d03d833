package io.dto.plugins.fix;

import io.dto.api.message.OrderRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.BusinessRejectReason;
import quickfix.field.ClOrdID;
import quickfix.field.DKReason;
import quickfix.field.ExecID;
import quickfix.field.HandlInst;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.MassStatusReqID;
import quickfix.field.MassStatusReqType;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.Side;
import quickfix.field.StopPx;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/**
 * Builds the plugin's FIX messages by tag on a plain {@link Message}. The tags used mean the same in FIX 4.2, 4.4
 * and 5.0SP2 and each is defined for its message in all three dictionaries, so one builder serves every version;
 * QuickFIX/J fills in the header (BeginString, CompIDs, MsgSeqNum, SendingTime) when it sends.
 */
final class FixMessages {

    private final Optional<String> account;

    FixMessages(Optional<String> account) {
        this.account = account;
    }

    Message newOrderSingle(OrderRequest order, Instant now) {
        Message message = message(MsgType.ORDER_SINGLE);
        message.setString(ClOrdID.FIELD, order.id());
        account.ifPresent(a -> message.setString(Account.FIELD, a));
        message.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION);
        message.setString(Symbol.FIELD, order.symbol());
        message.setChar(Side.FIELD, order.side().fixCode());
        transactTime(message, now);
        message.setDecimal(OrderQty.FIELD, order.quantity());
        message.setChar(OrdType.FIELD, order.type().fixCode());
        setIfPresent(message, Price.FIELD, order.price());
        setIfPresent(message, StopPx.FIELD, order.stopPrice());
        message.setChar(TimeInForce.FIELD, order.timeInForce().fixCode());
        return message;
    }

    Message cancel(TrackedOrder order, String cancelId, Instant now) {
        Message message = message(MsgType.ORDER_CANCEL_REQUEST);
        message.setString(OrigClOrdID.FIELD, order.id());
        message.setString(ClOrdID.FIELD, cancelId);
        account.ifPresent(a -> message.setString(Account.FIELD, a));
        message.setString(Symbol.FIELD, order.symbol());
        message.setChar(Side.FIELD, order.side().fixCode());
        transactTime(message, now);
        message.setDecimal(OrderQty.FIELD, order.quantity());
        return message;
    }

    Message replace(TrackedOrder replacement, Instant now) {
        Message message = message(MsgType.ORDER_CANCEL_REPLACE_REQUEST);
        message.setString(OrigClOrdID.FIELD, replacement.replaces());
        message.setString(ClOrdID.FIELD, replacement.id());
        account.ifPresent(a -> message.setString(Account.FIELD, a));
        message.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION);
        message.setString(Symbol.FIELD, replacement.symbol());
        message.setChar(Side.FIELD, replacement.side().fixCode());
        transactTime(message, now);
        message.setDecimal(OrderQty.FIELD, replacement.quantity());
        message.setChar(OrdType.FIELD, replacement.type().fixCode());
        setIfPresent(message, Price.FIELD, replacement.price());
        setIfPresent(message, StopPx.FIELD, replacement.stopPrice());
        message.setChar(TimeInForce.FIELD, replacement.timeInForce().fixCode());
        return message;
    }

    Message status(TrackedOrder order) {
        Message message = message(MsgType.ORDER_STATUS_REQUEST);
        message.setString(ClOrdID.FIELD, order.id());
        message.setString(Symbol.FIELD, order.symbol());
        message.setChar(Side.FIELD, order.side().fixCode());
        return message;
    }

    /** OrderMassStatusRequest for every order of the session (FIX 4.3 and later). */
    Message massStatus(String requestId) {
        Message message = message(MsgType.ORDER_MASS_STATUS_REQUEST);
        message.setString(MassStatusReqID.FIELD, requestId);
        message.setInt(MassStatusReqType.FIELD, MassStatusReqType.STATUS_FOR_ALL_ORDERS);
        return message;
    }

    /** DontKnowTrade: the FIX answer to an execution the receiver cannot match or apply. */
    Message dontKnow(FixExecution execution, char reason, String text, TrackedOrder order) {
        Message message = message(MsgType.DONT_KNOW_TRADE);
        message.setString(OrderID.FIELD, execution.venueOrderId() == null ? "NONE" : execution.venueOrderId());
        message.setString(ExecID.FIELD, execution.execId());
        message.setChar(DKReason.FIELD, reason);
        String symbol = execution.symbol() != null ? execution.symbol() : order == null ? null : order.symbol();
        message.setString(Symbol.FIELD, symbol == null ? "NONE" : symbol);
        io.dto.api.message.Side side = execution.side() != null ? execution.side() : order == null ? null
                : order.side();
        message.setChar(Side.FIELD, side == null ? Side.BUY : side.fixCode());
        setIfPresent(message, OrderQty.FIELD, execution.orderQty() != null ? execution.orderQty()
                : order == null ? null : order.quantity());
        setIfPresent(message, LastQty.FIELD, execution.lastQty());
        setIfPresent(message, LastPx.FIELD, execution.lastPx());
        message.setString(Text.FIELD, text);
        return message;
    }

    /** BusinessMessageReject of an application message the plugin cannot process. */
    Message businessReject(int refSeqNum, String refMsgType, int reason, String text) {
        Message message = message(MsgType.BUSINESS_MESSAGE_REJECT);
        message.setInt(RefSeqNum.FIELD, refSeqNum);
        message.setString(RefMsgType.FIELD, refMsgType);
        message.setInt(BusinessRejectReason.FIELD, reason);
        message.setString(Text.FIELD, text);
        return message;
    }

    private static Message message(String msgType) {
        Message message = new Message();
        message.getHeader().setString(MsgType.FIELD, msgType);
        return message;
    }

    private static void transactTime(Message message, Instant now) {
        message.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.ofInstant(now, ZoneOffset.UTC), true);
    }

    private static void setIfPresent(Message message, int tag, BigDecimal value) {
        if (value != null) {
            message.setDecimal(tag, value);
        }
    }
}
