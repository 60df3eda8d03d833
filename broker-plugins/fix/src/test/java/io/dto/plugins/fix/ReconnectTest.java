package io.dto.plugins.fix;

import static io.dto.plugins.fix.FixPluginDriver.limit;
import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.ExecType;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fix.RecordingSink.OrderState;
import io.dto.plugins.fixsim.FixSimVenue;
import io.dto.plugins.fixsim.LiquidityConfig;
import io.dto.plugins.fixsim.book.OrderView;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line to the venue drops and comes back while the venue keeps trading. The venue (fix-sim's bundled sessions)
 * and the plugin reset sequence numbers at logon, so what the venue reported meanwhile is lost with the reset: only
 * reconciliation can tell. A second session (FIX 4.2, another plugin instance) trades against the first meanwhile.
 */
@DisplayName("fix plugin after the line to the venue dropped")
class ReconnectTest {

    @TempDir
    Path dir;

    private Vertx vertx;
    private FixSimVenue venue;
    private TcpProxy line;
    private FixPluginDriver gateway;
    private FixPluginDriver other;
    private RecordingSink otherSink;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL"), LiquidityConfig.disabled());
        venue.start();
        line = new TcpProxy(venue.port());
        otherSink = new RecordingSink();
        other = FixPluginDriver.startLoggedOn(vertx, InitiatorSettings.write(
                java.nio.file.Files.createDirectories(dir.resolve("other")), "FIX.4.2", venue.port(),
                "ResetOnLogon=Y\n"), new JsonObject(), new TestClock(), otherSink);
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        other.close();
        line.close();
        venue.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private RecordingSink connect(JsonObject config) throws Exception {
        RecordingSink sink = new RecordingSink();
        gateway = FixPluginDriver.startLoggedOn(vertx, InitiatorSettings.write(dir, "FIX.4.4", line.port(),
                "ResetOnLogon=Y\n"), config, new TestClock(), sink);
        return sink;
    }

    /** Cuts the line, lets the other session trade against the resting order, and restores the line. */
    private void tradeWhileDisconnected(RecordingSink sink, OrderRequest resting) throws Exception {
        line.cut();
        sink.awaitLoggedOn(false);
        other.submit(limit("other-sell", Side.SELL, "4", "100", TimeInForce.IOC));
        otherSink.awaitStatus("other-sell", OrderStatus.FILLED);
        assertThat(venue.orders(VenueState.VENUE_SIDE, List.of(resting.id())).get(10, TimeUnit.SECONDS)
                .get(resting.id()).cumQty()).as("the venue filled the order while the line was down").isEqualTo(4);
        line.restore();
    }

    @Test
    @DisplayName("a fill missed while down is recovered by the mass status after logon, at the venue's price")
    void shouldRecoverMissedFillByMassStatus() throws Exception {
        RecordingSink sink = connect(new JsonObject().put("mass_status", true));
        OrderRequest resting = gateway.submit(limit("resting", Side.BUY, "10", "100", TimeInForce.GTC));
        sink.awaitStatus(resting.id(), OrderStatus.NEW);

        tradeWhileDisconnected(sink, resting);

        OrderState recovered = sink.await(resting.id(), o -> o.filled.signum() > 0, "to have its fill");
        assertThat(recovered.status).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(recovered.filled).isEqualByComparingTo("4");
        assertThat(recovered.averagePrice()).isEqualByComparingTo("100");
        assertThat(recovered.last().execId()).isEqualTo("R:resting:4");
        assertThat(recovered.last().execType()).isEqualTo(ExecType.TRADE);
    }

    @Test
    @DisplayName("cancel_on_disconnect cancels, after logon, what was open when the line dropped")
    void shouldCancelOpenOrdersAfterReconnect() throws Exception {
        RecordingSink sink = connect(new JsonObject().put("cancel_on_disconnect", true));
        OrderRequest resting = gateway.submit(limit("cod", Side.BUY, "10", "100", TimeInForce.GTC));
        sink.awaitStatus(resting.id(), OrderStatus.NEW);

        tradeWhileDisconnected(sink, resting);

        OrderState canceled = sink.awaitStatus(resting.id(), OrderStatus.CANCELED);
        assertThat(canceled.filled).isEqualByComparingTo("4");
        OrderView atVenue = venue.orders(VenueState.VENUE_SIDE, List.of(resting.id())).get(10, TimeUnit.SECONDS)
                .get(resting.id());
        assertThat(atVenue.status()).isEqualTo(OrderStatus.CANCELED);
    }
}
