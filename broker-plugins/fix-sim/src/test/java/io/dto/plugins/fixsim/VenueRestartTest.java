package io.dto.plugins.fixsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.message.OrderStatus;
import io.dto.plugins.fixsim.book.OrderView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.PossDupFlag;
import quickfix.field.TimeInForce;

@DisplayName("fix-sim killed and started again")
class VenueRestartTest {

    private static final SessionID VENUE_SIDE = new SessionID("FIX.4.4", "FIXSIM", "DTO");

    @TempDir
    Path store;

    private FixSimVenue venue;
    private FixTestClient client;

    @AfterEach
    void stopAll() {
        if (client != null) {
            client.close();
        }
        if (venue != null) {
            venue.stop();
        }
    }

    @Test
    @DisplayName("keeps its books and sequence numbers, and trades an order the counterparty sent while it was down")
    void shouldResumeSessionAndBooksAfterKill() throws Exception {
        venue = new FixSimVenue(FixSimVenue.persistentSettings(0, store), Set.of("AAPL"), LiquidityConfig.disabled());
        venue.start();
        int port = venue.port();
        client = FixTestClient.connect("FIX.4.4", port, false);
        client.send(FixOrders.limit("resting-buy", "AAPL", '1', "100", "10", TimeInForce.GOOD_TILL_CANCEL));
        assertThat(client.await(MsgType.EXECUTION_REPORT, "resting-buy").getChar(ExecType.FIELD))
                .isEqualTo(ExecType.NEW);

        venue.kill();
        client.awaitLogout();
        assertThat(venue.sessions()).isEmpty();
        client.send(FixOrders.limit("sent-while-down", "AAPL", '2', "100", "10", TimeInForce.DAY));
        venue.start();
        client.awaitLogon();

        Message sellFill = client.await(MsgType.EXECUTION_REPORT, "sent-while-down");
        while (sellFill.getChar(ExecType.FIELD) != ExecType.TRADE) {
            sellFill = client.await(MsgType.EXECUTION_REPORT, "sent-while-down");
        }
        Message buyFill = client.await(MsgType.EXECUTION_REPORT, "resting-buy");
        assertThat(buyFill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
        assertThat(sellFill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
        assertThat(venue.port()).isEqualTo(port);
        Map<String, OrderView> held = venue.orders(VENUE_SIDE, List.of("resting-buy", "sent-while-down", "never-sent"))
                .get(10, TimeUnit.SECONDS);
        assertThat(held).containsOnlyKeys("resting-buy", "sent-while-down");
        assertThat(held.values()).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(order.avgPx()).isEqualByComparingTo(new BigDecimal("100"));
        });
    }

    @Test
    @DisplayName("resends the reports a counterparty missed while the connection was down")
    void shouldResendReportsMissedDuringDisconnect() throws Exception {
        venue = new FixSimVenue(FixSimVenue.persistentSettings(0, store), Set.of("AAPL"), LiquidityConfig.disabled());
        venue.start();
        client = FixTestClient.connect("FIX.4.4", venue.port(), false);
        client.send(FixOrders.limit("first", "AAPL", '1', "100", "10", TimeInForce.DAY));
        client.await(MsgType.EXECUTION_REPORT, "first");
        quickfix.Session.lookupSession(client.sessionId()).disconnect("test drops the line", false);
        client.awaitLogout();
        venue.reset().get(10, TimeUnit.SECONDS);

        client.awaitLogon();

        Message resent = client.await(MsgType.EXECUTION_REPORT, "first");
        assertThat(resent.getChar(ExecType.FIELD)).isEqualTo(ExecType.CANCELED);
        assertThat(resent.getHeader().getBoolean(PossDupFlag.FIELD)).isTrue();
    }

    @Test
    @DisplayName("cannot be started twice, killed while down, or started after stop")
    void shouldRefuseInvalidTransitions() throws Exception {
        venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL"), LiquidityConfig.disabled());
        venue.start();
        assertThatThrownBy(venue::start).hasMessageContaining("already listening");
        venue.kill();
        assertThatThrownBy(venue::kill).hasMessageContaining("not listening");
        assertThatThrownBy(venue::port).hasMessageContaining("not listening");
        venue.stop();
        assertThatThrownBy(venue::start).hasMessageContaining("stopped");
    }
}
