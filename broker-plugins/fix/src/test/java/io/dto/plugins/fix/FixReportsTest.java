package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.ExecType;
import io.dto.api.message.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;

@DisplayName("FixReports and FixDialect read ExecutionReports of every version with one adapter")
class FixReportsTest {

    private static final FixDialect FIX42 = FixDialect.of(new SessionID("FIX.4.2", "DTO", "FIXSIM"));
    private static final FixDialect FIX44 = FixDialect.of(new SessionID("FIX.4.4", "DTO", "FIXSIM"));
    private static final FixDialect FIX50 = FixDialect.of(new SessionID("FIXT.1.1", "DTO", "FIXSIM"));
    private static final Instant NOW = Instant.parse("2026-01-02T10:00:00Z");

    private static Message report(String fields) throws Exception {
        String body = "35=8\u000134=7\u000149=FIXSIM\u000156=DTO\u000137=V1\u000111=C1\u000117=E1\u000155=AAPL\u0001"
                + "54=1\u000138=100\u000114=40\u0001151=60\u00016=10.5\u0001" + fields.replace('|', '\u0001');
        Message message = new Message();
        message.fromString("8=FIX.4.4\u00019=" + body.length() + "\u0001" + body + "10=000\u0001", null, false);
        return message;
    }

    @Test
    @DisplayName("FIX 4.2 fills (ExecType 1/2 with ExecTransType 0) and status answers (ExecTransType 3)")
    void shouldReadFix42Reports() throws Exception {
        FixExecution fill = FixReports.execution(report("20=0|150=1|39=1|32=40|31=10.5|"), FIX42, NOW);
        FixExecution status = FixReports.execution(report("20=3|150=1|39=1|"), FIX42, NOW);
        FixExecution correction = FixReports.execution(report("20=2|150=1|39=1|32=40|31=10.5|"), FIX42, NOW);

        assertThat(fill.execType()).isEqualTo(ExecType.TRADE);
        assertThat(fill.statusAnswer()).isFalse();
        assertThat(fill.lastQty()).isEqualByComparingTo("40");
        assertThat(status.execType()).isEqualTo(ExecType.ORDER_STATUS);
        assertThat(status.statusAnswer()).isTrue();
        assertThat(correction.unmodeled()).contains("correction");
    }

    @Test
    @DisplayName("FIX 4.4 and 5.0: F is a trade, I a status answer, H a trade cancel the records cannot model")
    void shouldReadFix44AndLaterReports() throws Exception {
        for (FixDialect dialect : new FixDialect[] {FIX44, FIX50}) {
            assertThat(FixReports.execution(report("150=F|39=1|32=40|31=10.5|"), dialect, NOW).execType())
                    .isEqualTo(ExecType.TRADE);
            FixExecution status = FixReports.execution(report("150=I|39=1|"), dialect, NOW);
            assertThat(status.statusAnswer()).isTrue();
            assertThat(FixReports.execution(report("150=H|39=1|"), dialect, NOW).unmodeled()).contains("trade cancel");
        }
        assertThat(FIX44.supportsMassStatus()).isTrue();
        assertThat(FIX42.supportsMassStatus()).isFalse();
    }

    @Test
    @DisplayName("passes ExecID, quantities, text and PossDupFlag/PossResend through unchanged")
    void shouldPassFieldsThrough() throws Exception {
        Message message = report("150=F|39=1|32=40|31=10.5|58=partial|60=20260102-09:59:58.123|");
        message.getHeader().setBoolean(quickfix.field.PossResend.FIELD, true);

        FixExecution e = FixReports.execution(message, FIX44, NOW);

        assertThat(e.execId()).isEqualTo("E1");
        assertThat(e.clOrdId()).isEqualTo("C1");
        assertThat(e.venueOrderId()).isEqualTo("V1");
        assertThat(e.cumQty()).isEqualByComparingTo("40");
        assertThat(e.leavesQty()).isEqualByComparingTo("60");
        assertThat(e.avgPx()).isEqualByComparingTo("10.5");
        assertThat(e.text()).isEqualTo("partial");
        assertThat(e.transactTime()).isEqualTo(Instant.parse("2026-01-02T09:59:58.123Z"));
        assertThat(e.possDuplicate()).isTrue();
        assertThat(e.toReport("fix", "C1", null, null).possDuplicate()).isTrue();
    }

    @Test
    @DisplayName("maps the OrdStatus values the records lack to the nearest, and refuses unknown ones")
    void shouldMapOrderStatuses() throws Exception {
        assertThat(FixReports.status('3', null)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(FixReports.status('B', null)).isEqualTo(OrderStatus.FILLED);
        assertThat(FixReports.status('9', java.math.BigDecimal.ONE)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(FixReports.status('9', java.math.BigDecimal.ZERO)).isEqualTo(OrderStatus.NEW);
        assertThatThrownBy(() -> FixReports.status('Z', null)).isInstanceOf(IncorrectTagValue.class);
    }

    @Test
    @DisplayName("a fill without a positive LastQty is an incorrect tag value (the session rejects it)")
    void shouldRefuseFillWithoutQuantity() {
        assertThatThrownBy(() -> FixReports.execution(report("150=F|39=1|"), FIX44, NOW))
                .isInstanceOf(IncorrectTagValue.class);
    }
}
