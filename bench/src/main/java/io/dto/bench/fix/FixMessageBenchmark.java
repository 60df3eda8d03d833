package io.dto.bench.fix;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import quickfix.DataDictionary;
import quickfix.FieldNotFound;
import quickfix.IncorrectDataFormat;
import quickfix.IncorrectTagValue;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.BeginString;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.HandlInst;
import quickfix.field.LeavesQty;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TargetCompID;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/**
 * QuickFIX/J's cost per message on the order path, FIX 4.4: building a NewOrderSingle as the fix plugin does (by tag
 * on a plain {@link Message}) and rendering it to the wire (body length, checksum), and the venue's side of it,
 * parsing it with the data dictionary and validating it as a session does; the same for the ExecutionReport that
 * comes back.
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main
 * FixMessageBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FixMessageBenchmark {

    private static final BigDecimal QTY = new BigDecimal("10");
    private static final BigDecimal PX = new BigDecimal("187.50");

    private DataDictionary dictionary;
    private LocalDateTime now;
    private String newOrderSingle;
    private String executionReport;
    private int seq;

    @Setup
    public void setUp() throws Exception {
        dictionary = new DataDictionary("FIX44.xml");
        now = LocalDateTime.parse("2026-11-25T14:30:00.123");
        newOrderSingle = buildNewOrderSingle();
        executionReport = buildExecutionReport();
    }

    @Benchmark
    public String buildNewOrderSingle() {
        Message message = header(MsgType.ORDER_SINGLE, "DTO", "FIXSIM");
        message.setString(ClOrdID.FIELD, "O-20261125-" + seq);
        message.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION);
        message.setString(Symbol.FIELD, "AAPL");
        message.setChar(Side.FIELD, Side.BUY);
        message.setUtcTimeStamp(TransactTime.FIELD, now, true);
        message.setDecimal(OrderQty.FIELD, QTY);
        message.setChar(OrdType.FIELD, OrdType.LIMIT);
        message.setDecimal(Price.FIELD, PX);
        message.setChar(TimeInForce.FIELD, TimeInForce.DAY);
        return message.toString();
    }

    @Benchmark
    public Message parseNewOrderSingle() throws Exception {
        return parse(newOrderSingle);
    }

    @Benchmark
    public String buildExecutionReport() {
        Message message = header(MsgType.EXECUTION_REPORT, "FIXSIM", "DTO");
        message.setString(OrderID.FIELD, "V-" + seq);
        message.setString(ClOrdID.FIELD, "O-20261125-" + seq);
        message.setString(ExecID.FIELD, "E-" + seq);
        message.setChar(ExecType.FIELD, ExecType.NEW);
        message.setChar(OrdStatus.FIELD, OrdStatus.NEW);
        message.setString(Symbol.FIELD, "AAPL");
        message.setChar(Side.FIELD, Side.BUY);
        message.setDecimal(OrderQty.FIELD, QTY);
        message.setDecimal(Price.FIELD, PX);
        message.setDecimal(LeavesQty.FIELD, QTY);
        message.setDecimal(CumQty.FIELD, BigDecimal.ZERO);
        message.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        message.setUtcTimeStamp(TransactTime.FIELD, now, true);
        return message.toString();
    }

    @Benchmark
    public Message parseExecutionReport() throws Exception {
        return parse(executionReport);
    }

    private Message header(String type, String sender, String target) {
        Message message = new Message();
        Message.Header header = message.getHeader();
        header.setString(BeginString.FIELD, "FIX.4.4");
        header.setString(MsgType.FIELD, type);
        header.setString(SenderCompID.FIELD, sender);
        header.setString(TargetCompID.FIELD, target);
        header.setInt(MsgSeqNum.FIELD, ++seq);
        header.setUtcTimeStamp(SendingTime.FIELD, now, true);
        return message;
    }

    /** What a session does with a message it reads: parse by the dictionary, check length and checksum, validate. */
    private Message parse(String wire) throws InvalidMessage, FieldNotFound, IncorrectTagValue, IncorrectDataFormat {
        Message message = new Message();
        message.fromString(wire, dictionary, true);
        dictionary.validate(message);
        return message;
    }
}
