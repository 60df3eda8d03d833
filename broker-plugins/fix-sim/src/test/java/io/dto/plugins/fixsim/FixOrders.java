package io.dto.plugins.fixsim;

import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.HandlInst;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/** Order messages built by tag, valid in FIX 4.2, 4.4 and 5.0SP2 alike. */
final class FixOrders {

    private FixOrders() {
    }

    static Message limit(String clOrdId, String symbol, char side, String price, String qty, char tif) {
        Message m = order(MsgType.ORDER_SINGLE, clOrdId, symbol, side, OrdType.LIMIT);
        m.setString(Price.FIELD, price);
        m.setString(OrderQty.FIELD, qty);
        m.setChar(TimeInForce.FIELD, tif);
        return m;
    }

    static Message market(String clOrdId, String symbol, char side, String qty) {
        Message m = order(MsgType.ORDER_SINGLE, clOrdId, symbol, side, OrdType.MARKET);
        m.setString(OrderQty.FIELD, qty);
        return m;
    }

    static Message cancel(String clOrdId, String origClOrdId, String symbol, char side, String qty) {
        Message m = header(MsgType.ORDER_CANCEL_REQUEST);
        m.setString(ClOrdID.FIELD, clOrdId);
        m.setString(OrigClOrdID.FIELD, origClOrdId);
        m.setString(Symbol.FIELD, symbol);
        m.setChar(Side.FIELD, side);
        m.setString(OrderQty.FIELD, qty);
        m.setUtcTimeStamp(TransactTime.FIELD, FixTestClient.now());
        return m;
    }

    static Message replace(String clOrdId, String origClOrdId, String symbol, char side, String price, String qty) {
        Message m = order(MsgType.ORDER_CANCEL_REPLACE_REQUEST, clOrdId, symbol, side, OrdType.LIMIT);
        m.setString(OrigClOrdID.FIELD, origClOrdId);
        m.setString(Price.FIELD, price);
        m.setString(OrderQty.FIELD, qty);
        return m;
    }

    static Message status(String clOrdId, String symbol, char side) {
        Message m = header(MsgType.ORDER_STATUS_REQUEST);
        m.setString(ClOrdID.FIELD, clOrdId);
        m.setString(Symbol.FIELD, symbol);
        m.setChar(Side.FIELD, side);
        return m;
    }

    static Message order(String msgType, String clOrdId, String symbol, char side, char ordType) {
        Message m = header(msgType);
        m.setString(ClOrdID.FIELD, clOrdId);
        m.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION);
        m.setString(Symbol.FIELD, symbol);
        m.setChar(Side.FIELD, side);
        m.setUtcTimeStamp(TransactTime.FIELD, FixTestClient.now());
        m.setChar(OrdType.FIELD, ordType);
        return m;
    }

    static Message header(String msgType) {
        Message m = new Message();
        m.getHeader().setString(MsgType.FIELD, msgType);
        return m;
    }
}
