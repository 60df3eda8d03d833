package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;

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

@DisplayName("the venue killed and restarted in the middle of a stream of 1,000 orders")
class VenueCrashTest {

    private static final int ORDERS = 1_000;

    @TempDir
    Path dir;

    private Vertx vertx;
    private FixSimVenue venue;

    @BeforeEach
    void startVenue() throws Exception {
        vertx = Vertx.vertx();
        venue = new FixSimVenue(FixSimVenue.persistentSettings(0, dir.resolve("venue")), Set.of("AAPL"),
                new LiquidityConfig(true, 5, 1_000, new BigDecimal("0.01"), BigDecimal.ZERO));
        venue.start();
        venue.onReferenceQuote("AAPL", new BigDecimal("99.99"), new BigDecimal("100.01"));
    }

    @AfterEach
    void stop() throws Exception {
        venue.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("every order ends in the venue's state, no fill lost or doubled, sequence numbers agree")
    void shouldConvergeOnTheVenueStateAfterVenueRestart() throws Exception {
        RecordingSink sink = new RecordingSink();
        OrderStream stream = new OrderStream("v");
        Path settings = InitiatorSettings.write(dir, "FIX.4.4", venue.port(), "");
        try (FixPluginDriver driver = FixPluginDriver.startLoggedOn(vertx, settings,
                new JsonObject().put("resend_max_age_ms", 60_000), new TestClock(), sink)) {
            for (int i = 0; i < ORDERS; i++) {
                if (i == 300) {
                    venue.kill();
                }
                if (i == 500) {
                    venue.start();
                }
                driver.submit(stream.order(i));
                stream.cancel(i).ifPresent(cancel -> call(driver, cancel));
            }
            // Once logged on again, reconciliation's requests are queued on the sender thread: the barrier follows
            // them, and its report comes after every answer.
            sink.awaitLoggedOn(true);
            OrderRequest barrier = driver.submit(new OrderRequest("v-barrier", null, "DEMO", "t", "fix", "AAPL",
                    Side.BUY, OrderType.LIMIT, BigDecimal.ONE, new BigDecimal("1"), null, TimeInForce.IOC));
            sink.awaitStatus(barrier.id(), OrderStatus.CANCELED);

            VenueState.assertSinkMatchesVenue(sink, venue, stream.ids());
            VenueState.assertSequenceNumbersAgree();
            assertThat(driver.context().counter("orders.queued")).as("orders waited in the store").isPositive();
        }
    }

    private static void call(FixPluginDriver driver, io.dto.api.message.CancelRequest cancel) {
        try {
            driver.call(() -> driver.plugin().cancelOrder(cancel));
        } catch (Exception e) {
            throw new AssertionError("cancel " + cancel.cancelId() + " was refused", e);
        }
    }
}
