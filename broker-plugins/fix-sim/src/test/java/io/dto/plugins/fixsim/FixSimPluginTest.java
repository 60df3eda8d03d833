package io.dto.plugins.fixsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.Addresses;
import io.dto.api.PluginType;
import io.dto.api.message.Quote;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quickfix.Message;
import quickfix.field.LastPx;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;

@ExtendWith(VertxExtension.class)
@DisplayName("FixSimPlugin")
class FixSimPluginTest {

    private final FixSimPlugin plugin = new FixSimPlugin();
    private FakePluginContext context;

    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void start(Vertx vertx, JsonObject config) throws Exception {
        context = new FakePluginContext(vertx, config.put("port", 0));
        await(plugin.initialize(context));
    }

    @AfterEach
    void cleanup() throws Exception {
        await(plugin.cleanup());
    }

    private JsonObject book(String symbol) throws Exception {
        return await(plugin.invoke("book", new JsonObject().put("symbol", symbol)));
    }

    private static BigDecimal price(JsonArray levels, int index) {
        return new BigDecimal(levels.getJsonObject(index).getValue("price").toString());
    }

    @Test
    @DisplayName("quotes on md.quote.<SYMBOL> move the liquidity provider's levels")
    void shouldQuoteAroundFeed(Vertx vertx) throws Exception {
        start(vertx, new JsonObject().put("symbols", new JsonArray().add("AAPL")).put("liquidity_levels", 2));

        context.deliver(Addresses.quote("AAPL"), new Quote("AAPL", Instant.now(), 187.50, 300, 187.52, 300));

        JsonObject book = book("AAPL");
        assertThat(price(book.getJsonArray("bids"), 0)).isEqualByComparingTo("187.50");
        assertThat(price(book.getJsonArray("bids"), 1)).isEqualByComparingTo("187.49");
        assertThat(price(book.getJsonArray("asks"), 0)).isEqualByComparingTo("187.52");
        assertThat(book.getJsonArray("asks").getJsonObject(0).getLong("quantity")).isEqualTo(1000L);
    }

    @Test
    @DisplayName("a marketable order from a FIX client fills against the liquidity provider")
    void shouldFillMarketOrderAgainstLiquidity(Vertx vertx) throws Exception {
        start(vertx, new JsonObject().put("symbols", new JsonArray().add("AAPL").add("MSFT")));
        context.deliver(Addresses.quote("MSFT"), new Quote("MSFT", Instant.now(), 410.10, 100, 410.15, 100));
        int port = await(plugin.invoke("sessions", new JsonObject())).getInteger("port");

        try (FixTestClient client = FixTestClient.connect("FIX.4.4", port)) {
            client.send(FixOrders.market("mkt-1", "MSFT", '1', "100"));

            client.await(MsgType.EXECUTION_REPORT, "mkt-1");
            Message fill = client.await(MsgType.EXECUTION_REPORT, "mkt-1");
            assertThat(fill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
            assertThat(fill.getDecimal(LastPx.FIELD)).isEqualByComparingTo("410.15");
        }
        JsonObject orders = await(plugin.invoke("orders", new JsonObject()));
        assertThat(orders.getInteger("ordersSeen")).isEqualTo(1);
        assertThat(orders.getJsonObject("ordersByStatus").getInteger("FILLED")).isEqualTo(1);
    }

    @Test
    @DisplayName("reference prices seed the books before any quote arrives; reset empties them")
    void shouldSeedFromReferencePricesAndReset(Vertx vertx) throws Exception {
        start(vertx, new JsonObject().put("symbols", new JsonArray().add("GOOGL"))
                .put("reference_prices", new JsonObject().put("GOOGL", 140.0)));

        assertThat(price(book("GOOGL").getJsonArray("bids"), 0)).isEqualByComparingTo("140.00");
        assertThat(price(book("GOOGL").getJsonArray("asks"), 0)).isEqualByComparingTo("140.01");

        assertThat(await(plugin.invoke("reset", new JsonObject())).getBoolean("reset")).isTrue();
        assertThat(book("GOOGL").getJsonArray("bids")).isEmpty();
    }

    @Test
    @DisplayName("operations report what went wrong: unknown operation, unknown symbol")
    void shouldFailUnknownOperationsAndSymbols(Vertx vertx) throws Exception {
        start(vertx, new JsonObject());

        assertThatThrownBy(() -> await(plugin.invoke("explode", new JsonObject())))
                .hasMessageContaining("unknown operation 'explode'");
        assertThatThrownBy(() -> book("TSLA")).hasMessageContaining("unknown symbol TSLA");
        assertThat(plugin.operations()).containsExactlyInAnyOrder("book", "orders", "sessions", "reset");
    }

    @Test
    @DisplayName("cleanup stops the acceptor and unsubscribes")
    void shouldStopAcceptorOnCleanup(Vertx vertx) throws Exception {
        start(vertx, new JsonObject());
        int port = await(plugin.invoke("sessions", new JsonObject())).getInteger("port");
        assertThat(context.subscribedAddresses()).contains("md.quote.AAPL", "md.quote.MSFT", "md.quote.GOOGL");

        await(plugin.cleanup());

        assertThat(context.subscribedAddresses()).isEmpty();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    @DisplayName("a bad configuration fails initialize with a message naming the key")
    void shouldFailInitializeOnBadConfig(Vertx vertx) {
        context = new FakePluginContext(vertx, new JsonObject().put("liquidity_levels", 0));

        assertThatThrownBy(() -> await(plugin.initialize(context))).hasMessageContaining("liquidity levels");
    }

    @Test
    @DisplayName("a port already taken fails initialize with a message that says what to do")
    void shouldFailInitializeWhenPortIsTaken(Vertx vertx) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            context = new FakePluginContext(vertx, new JsonObject().put("port", taken.getLocalPort()));

            assertThatThrownBy(() -> await(plugin.initialize(context)))
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    @Test
    @DisplayName("info names the plugin as its manifest does")
    void shouldDescribeItself() {
        assertThat(plugin.info().name()).isEqualTo("fix-sim");
        assertThat(plugin.info().version()).isEqualTo("1.0.0");
        assertThat(plugin.info().type()).isEqualTo(PluginType.UTILITY);
    }
}
