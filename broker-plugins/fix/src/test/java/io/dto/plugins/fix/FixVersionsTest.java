package io.dto.plugins.fix;

import static io.dto.plugins.fix.FixPluginDriver.limit;
import static io.dto.plugins.fix.FixPluginDriver.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.OrderType;
import io.dto.api.message.ReplaceRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.plugins.fix.RecordingSink.OrderState;
import io.dto.plugins.fixsim.FixSimVenue;
import io.dto.plugins.fixsim.LiquidityConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One adapter for every FIX version: the same lifecycle over FIX 4.2, FIX 4.4 and FIXT.1.1/FIX 5.0SP2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("fix plugin across FIX versions")
class FixVersionsTest {

    private Vertx vertx;
    private FixSimVenue venue;

    @BeforeAll
    void start() throws Exception {
        vertx = Vertx.vertx();
        venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL"),
                new LiquidityConfig(true, 2, 100, new BigDecimal("0.01"), BigDecimal.ZERO));
        venue.start();
    }

    @AfterAll
    void stop() throws Exception {
        venue.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FIX.4.2", "FIX.4.4", "FIXT.1.1"})
    @DisplayName("partial fill, replace, cancel, market fill, reject and status request")
    void shouldRunTheLifecycleInEveryVersion(String beginString, @TempDir Path dir) throws Exception {
        venue.onReferenceQuote("AAPL", new BigDecimal("100.00"), new BigDecimal("100.02"));
        RecordingSink sink = new RecordingSink();
        String v = beginString.replace(".", "");
        try (FixPluginDriver driver = FixPluginDriver.startLoggedOn(vertx,
                InitiatorSettings.write(dir, beginString, venue.port(), ""), new JsonObject(), new TestClock(),
                sink)) {
            OrderRequest order = driver.submit(limit(v + "-1", Side.BUY, "150", "100.02", TimeInForce.DAY));
            OrderState partial = sink.awaitStatus(order.id(), OrderStatus.PARTIALLY_FILLED);
            ExecutionReport fill = partial.reports.stream().filter(ExecutionReport::isFill).findFirst().orElseThrow();
            assertThat(fill.lastQuantity()).isEqualByComparingTo("100");
            assertThat(fill.lastPrice()).isEqualByComparingTo("100.02");

            String replacement = v + "-2";
            sink.expect(replacement);
            driver.call(() -> driver.plugin().replaceOrder(new ReplaceRequest(order.id(), replacement, "fix", "AAPL",
                    Side.BUY, OrderType.LIMIT, new BigDecimal("200"), new BigDecimal("99.90"), null,
                    TimeInForce.DAY)));
            OrderState replaced = sink.await(replacement, o -> o.last().execType() == ExecType.REPLACED,
                    "to be replaced");
            assertThat(replaced.status).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(replaced.last().leavesQuantity()).isEqualByComparingTo("100");

            driver.call(() -> driver.plugin().requestOrderStatus(replacement));
            assertThat(sink.await(replacement, o -> o.last().execType() == ExecType.ORDER_STATUS,
                    "to get a status answer").last().cumulativeQuantity()).isEqualByComparingTo("100");

            driver.call(() -> driver.plugin().cancelOrder(new CancelRequest(replacement, v + "-3", "fix", "AAPL",
                    Side.BUY, null)));
            assertThat(sink.awaitStatus(replacement, OrderStatus.CANCELED).filled).isEqualByComparingTo("100");

            OrderRequest sell = driver.submit(market(v + "-4", Side.SELL, "10"));
            assertThat(sink.awaitStatus(sell.id(), OrderStatus.FILLED).averagePrice()).isEqualByComparingTo("100.00");

            OrderRequest unknown = driver.submit(new OrderRequest(v + "-5", null, "DEMO", "t", "fix", "ZZZZ",
                    Side.BUY, OrderType.MARKET, BigDecimal.ONE, null, null, TimeInForce.DAY));
            assertThat(sink.awaitStatus(unknown.id(), OrderStatus.REJECTED).last().text()).contains("unknown symbol");
            assertThat(sink.unflaggedRepeats()).isZero();
        }
    }
}
