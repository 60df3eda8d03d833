package io.dto.plugins.fixsim;

import io.dto.plugins.fixsim.VenueReport.CancelReject;
import io.dto.plugins.fixsim.VenueReport.Execution;
import io.dto.plugins.fixsim.VenueReport.MassStatusPart;
import io.dto.plugins.fixsim.book.OrderView;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecTransType;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LastRptRequested;
import quickfix.field.LeavesQty;
import quickfix.field.MassStatusReqID;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TotNumReports;
import quickfix.field.TransactTime;

/**
 * Writes venue reports as FIX messages. The tags used here mean the same in FIX 4.2, 4.4 and 5.0SP2, so the
 * messages are built by tag on a plain {@link Message}; the few differences come from {@link FixDialect}.
 * QuickFIX/J fills in the header (BeginString, CompIDs, sequence number) when it sends.
 */
final class FixReports {

    private FixReports() {
    }

    static Message executionReport(Execution report) {
        FixDialect dialect = FixDialect.of(report.session());
        OrderView order = report.order();
        Message message = new Message();
        message.getHeader().setString(MsgType.FIELD, MsgType.EXECUTION_REPORT);
        message.setString(OrderID.FIELD, order.orderId());
        setIfPresent(message, ClOrdID.FIELD, report.clOrdId());
        setIfPresent(message, OrigClOrdID.FIELD, report.origClOrdId());
        message.setString(ExecID.FIELD, report.execId());
        if (dialect.needsExecTransType()) {
            message.setChar(ExecTransType.FIELD, dialect.execTransType(report.kind()));
        }
        message.setChar(ExecType.FIELD, dialect.execType(report.kind(), order.status()));
        message.setChar(OrdStatus.FIELD, order.status().fixCode());
        writeOrder(message, order);
        if (report.lastPx() != null) {
            message.setDecimal(LastQty.FIELD, BigDecimal.valueOf(report.lastQty()));
            message.setDecimal(LastPx.FIELD, report.lastPx());
        }
        if (report.rejectReason() != null) {
            message.setInt(OrdRejReason.FIELD, dialect.ordRejReason(report.rejectReason()));
        }
        setIfPresent(message, Text.FIELD, report.text());
        message.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.ofInstant(report.transactTime(), ZoneOffset.UTC),
                true);
        return message;
    }

    static Message massStatusReport(MassStatusPart report) {
        Message message = executionReport(report.execution());
        message.setString(MassStatusReqID.FIELD, report.massStatusReqId());
        message.setInt(TotNumReports.FIELD, report.total());
        message.setBoolean(LastRptRequested.FIELD, report.last());
        return message;
    }

    static Message cancelReject(CancelReject report) {
        FixDialect dialect = FixDialect.of(report.session());
        Message message = new Message();
        message.getHeader().setString(MsgType.FIELD, MsgType.ORDER_CANCEL_REJECT);
        message.setString(OrderID.FIELD, report.orderId());
        message.setString(ClOrdID.FIELD, report.clOrdId());
        setIfPresent(message, OrigClOrdID.FIELD, report.origClOrdId());
        message.setChar(OrdStatus.FIELD, report.status().fixCode());
        message.setChar(CxlRejResponseTo.FIELD, report.forReplace()
                ? CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST
                : CxlRejResponseTo.ORDER_CANCEL_REQUEST);
        message.setInt(CxlRejReason.FIELD, dialect.cxlRejReason(report.reason()));
        setIfPresent(message, Text.FIELD, report.text());
        return message;
    }

    private static void writeOrder(Message message, OrderView order) {
        setIfPresent(message, Symbol.FIELD, order.symbol());
        if (order.side() != null) {
            message.setChar(Side.FIELD, order.side().fixCode());
        }
        if (order.type() != null) {
            message.setChar(OrdType.FIELD, order.type().fixCode());
        }
        if (order.price() != null) {
            message.setDecimal(Price.FIELD, order.price());
        }
        if (order.timeInForce() != null) {
            message.setChar(TimeInForce.FIELD, order.timeInForce().fixCode());
        }
        message.setDecimal(OrderQty.FIELD, BigDecimal.valueOf(order.orderQty()));
        message.setDecimal(LeavesQty.FIELD, BigDecimal.valueOf(order.leavesQty()));
        message.setDecimal(CumQty.FIELD, BigDecimal.valueOf(order.cumQty()));
        message.setDecimal(AvgPx.FIELD, order.avgPx());
    }

    private static void setIfPresent(Message message, int tag, String value) {
        if (value != null) {
            message.setString(tag, value);
        }
    }
}
