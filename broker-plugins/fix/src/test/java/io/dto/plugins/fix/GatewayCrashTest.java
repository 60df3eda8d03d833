package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fixsim.FixSimVenue;
import io.dto.plugins.fixsim.LiquidityConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the gateway killed and restarted in the middle of a stream of 1,000 orders")
class GatewayCrashTest {

    private static final int ORDERS = 1_000;

    @TempDir
    Path dir;

    private Vertx vertx;
    private FixSimVenue venue;
    private TcpProxy line;

    @BeforeEach
    void startVenue() throws Exception {
        vertx = Vertx.vertx();
        venue = new FixSimVenue(FixSimVenue.persistentSettings(0, dir.resolve("venue")), Set.of("AAPL"),
                new LiquidityConfig(true, 5, 1_000, new BigDecimal("0.01"), BigDecimal.ZERO));
        venue.start();
        venue.onReferenceQuote("AAPL", new BigDecimal("99.99"), new BigDecimal("100.01"));
        line = new TcpProxy(venue.port());
    }

    @AfterEach
    void stop() throws Exception {
        line.close();
        venue.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("the restarted gateway resumes from its store and journal: every order ends in the venue's state")
    void shouldConvergeOnTheVenueStateAfterGatewayRestart() throws Exception {
        RecordingSink orderManager = new RecordingSink();
        OrderStream stream = new OrderStream("g");
        Path settings = InitiatorSettings.write(dir, "FIX.4.4", line.port(), "");
        JsonObject config = new JsonObject().put("resend_max_age_ms", 60_000);
        FixPluginDriver driver = FixPluginDriver.startLoggedOn(vertx, settings, config, new TestClock(),
                orderManager);
        try {
            for (int i = 0; i < ORDERS; i++) {
                if (i == 300) {
                    line.cut();
                    driver.kill();
                    driver = FixPluginDriver.start(vertx, settings, config, new TestClock(), orderManager);
                    line.restore();
                }
                driver.submit(stream.order(i));
                for (CancelRequest cancel : stream.cancel(i).stream().toList()) {
                    FixPluginDriver current = driver;
                    current.call(() -> current.plugin().cancelOrder(cancel));
                }
            }
            orderManager.awaitLoggedOn(true);
            OrderRequest barrier = driver.submit(new OrderRequest("g-barrier", null, "DEMO", "t", "fix", "AAPL",
                    Side.BUY, OrderType.LIMIT, BigDecimal.ONE, BigDecimal.ONE, null, TimeInForce.IOC));
            orderManager.awaitStatus(barrier.id(), OrderStatus.CANCELED);

            VenueState.assertSinkMatchesVenue(orderManager, venue, stream.ids());
            VenueState.assertSequenceNumbersAgree();
            assertThat(orderManager.reports()).as("journaled reports re-delivered after the restart")
                    .anyMatch(ExecutionReport::possDuplicate);
        } finally {
            driver.close();
        }
    }
}
