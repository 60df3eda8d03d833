package io.dto.plugins.fix;

import static io.dto.plugins.fix.FixPluginDriver.limit;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.SessionSettings;

/** Orders submitted while the session is down: kept in the store, resent while fresh, never sent late. */
@DisplayName("orders that wait in the store while the session is down")
class StoreAndForwardTest {

    @TempDir
    Path dir;

    private Vertx vertx;
    private FixSimVenue venue;
    private FixPluginDriver driver;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.close();
        }
        venue.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private RecordingSink start(SessionSettings venueSettings, String initiatorSettings, TestClock clock)
            throws Exception {
        venue = new FixSimVenue(venueSettings, Set.of("AAPL"), LiquidityConfig.disabled());
        venue.start();
        RecordingSink sink = new RecordingSink();
        driver = FixPluginDriver.startLoggedOn(vertx, InitiatorSettings.write(dir, "FIX.4.4", venue.port(),
                initiatorSettings), new JsonObject().put("resend_max_age_ms", 10_000), clock, sink);
        return sink;
    }

    @Test
    @DisplayName("an order older than resend_max_age_ms is gap-filled and reported stale; a fresh one is resent")
    void shouldGapFillStaleOrderAndResendFreshOne() throws Exception {
        TestClock clock = new TestClock();
        RecordingSink sink = start(FixSimVenue.persistentSettings(0, dir.resolve("venue")), "", clock);
        venue.kill();
        sink.awaitLoggedOn(false);

        OrderRequest stale = driver.submit(limit("stale", Side.BUY, "10", "99", TimeInForce.DAY));
        clock.advance(Duration.ofMinutes(1));
        OrderRequest fresh = driver.submit(limit("fresh", Side.BUY, "10", "99", TimeInForce.DAY));
        venue.start();

        OrderState rejected = sink.awaitStatus(stale.id(), OrderStatus.REJECTED);
        assertThat(rejected.last().text()).matches("stale: waited 6\\d{4} ms in the store .*\\(limit 10000 ms\\).*");
        assertThat(sink.awaitStatus(fresh.id(), OrderStatus.NEW).last().possDuplicate()).isFalse();
        Map<String, OrderView> held = venue.orders(VenueState.VENUE_SIDE, List.of(stale.id(), fresh.id()))
                .get(10, TimeUnit.SECONDS);
        assertThat(held).as("the stale order never reached the venue").containsOnlyKeys(fresh.id());
        assertThat(driver.context().counter("orders.stale")).isEqualTo(1);
        sink.awaitTrue(() -> quickfix.Session.lookupSession(VenueState.GATEWAY_SIDE).getExpectedSenderNum()
                == quickfix.Session.lookupSession(VenueState.VENUE_SIDE).getExpectedTargetNum(),
                "the venue to accept the gap fill");
        assertThat(driver.context().counter("messages.in{msg_type=resend_request}")).isPositive();
        assertThat(driver.context().counter("messages.out{msg_type=sequence_reset}")).as("the gap fill").isPositive();
    }

    @Test
    @DisplayName("a queued order that a sequence reset at logon discards is reported rejected; open orders stay")
    void shouldRejectOrderDiscardedBySequenceReset() throws Exception {
        RecordingSink sink = start(FixSimVenue.defaultSettings(0), "ResetOnLogon=Y\n", new TestClock());
        OrderRequest resting = driver.submit(limit("resting", Side.SELL, "5", "101", TimeInForce.GTC));
        sink.awaitStatus(resting.id(), OrderStatus.NEW);
        venue.kill();
        sink.awaitLoggedOn(false);

        OrderRequest queued = driver.submit(limit("queued", Side.BUY, "10", "99", TimeInForce.DAY));
        venue.start();

        OrderState rejected = sink.awaitStatus(queued.id(), OrderStatus.REJECTED);
        assertThat(rejected.last().text()).contains("no record of the order");
        Map<String, OrderView> held = venue.orders(VenueState.VENUE_SIDE, List.of(resting.id(), queued.id()))
                .get(10, TimeUnit.SECONDS);
        assertThat(held).containsOnlyKeys(resting.id());
        assertThat(sink.order(resting.id()).status).isEqualTo(OrderStatus.NEW);
        assertThat(sink.order(resting.id()).reports).hasSize(1);
    }
}
