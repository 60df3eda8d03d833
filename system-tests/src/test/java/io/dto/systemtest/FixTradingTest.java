package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.PluginState;
import io.dto.api.codec.MessageCodecs;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.gateway.config.SecurityConfig;
import io.dto.gateway.isolation.RemoteHosts;
import io.dto.gateway.marketdata.FeedFlowControl;
import io.dto.gateway.marketdata.MarketDataConfig;
import io.dto.gateway.plugin.BusGuard;
import io.dto.gateway.plugin.HostObserver;
import io.dto.gateway.plugin.PluginManager;
import io.dto.gateway.plugin.PluginRecord;
import io.dto.gateway.plugin.PluginRegistry;
import io.dto.gateway.plugin.PluginValidator;
import io.dto.gateway.security.ContainmentPolicy;
import io.dto.gateway.security.TrustedKeys;
import io.dto.tooling.ManifestReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix broker and the fix-sim venue, both from their plugin jars, trading in one gateway over loopback FIX. */
@DisplayName("trading over FIX through the gateway")
class FixTradingTest {

    @TempDir
    Path dir;

    private Vertx vertx;
    private GatewayHarness gateway;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        if (gateway != null) {
            await(gateway.stop());
        }
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A gateway whose default broker is fix, connected to fix-sim on a free port, as config/gateway.yaml does. */
    private JsonObject config(Path plugins, int port) throws Exception {
        Path settings = Files.writeString(dir.resolve("initiator.cfg"), "[DEFAULT]\nConnectionType=initiator\n"
                + "FileStorePath=" + dir.resolve("store") + "\nStartTime=00:00:00\nEndTime=00:00:00\n"
                + "NonStopSession=Y\nHeartBtInt=30\nReconnectInterval=1\nResetOnLogon=Y\nUseDataDictionary=Y\n"
                + "ValidateUserDefinedFields=N\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=DTO\n"
                + "TargetCompID=FIXSIM\nSocketConnectHost=127.0.0.1\nSocketConnectPort=" + port + "\n"
                + "DataDictionary=FIX44.xml\n");
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("fix-sim", new JsonObject().put("port", port).put("symbols", new JsonArray().add("AAPL"))
                        .put("reference_prices", new JsonObject().put("AAPL", 100)))
                .put("fix", new JsonObject().put("settings_file", settings.toString()).put("mass_status", true))
                .put("synthetic", new JsonObject().put("symbols", new JsonArray().add("AAPL")).put("rate", 20)));
        config.getJsonObject("orders").put("default_broker", "fix");
        return config;
    }

    @Test
    @DisplayName("an order posted to the API is filled by fix-sim over FIX, and the session shows logged on")
    void shouldTradeOverFix() throws Exception {
        BuiltInPlugins.copy(dir, "fix-sim", "fix", "synthetic");
        Promise<Void> loggedOn = Promise.promise();
        Promise<Void> quoted = Promise.promise();
        // The risk gate prices a market order at the last quote, and the venue quotes around the same feed.
        await(vertx.eventBus().consumer(Addresses.quote("AAPL"), m -> quoted.tryComplete()).completion());
        await(vertx.eventBus().<BrokerSessionStatus>consumer(Addresses.BROKER_SESSIONS, m -> {
            if ("fix".equals(m.body().broker()) && m.body().loggedOn()) {
                loggedOn.tryComplete();
            }
        }).completion());
        gateway = await(GatewayHarness.start(vertx, config(dir, freePort())));
        await(loggedOn.future());
        await(quoted.future());

        Promise<OrderEvent> filled = Promise.promise();
        await(vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> {
            if (m.body().status() == OrderStatus.FILLED) {
                filled.tryComplete(m.body());
            }
        }).completion());
        HttpResponse<Buffer> posted = await(gateway.post("/api/orders", new JsonObject().put("symbol", "AAPL")
                .put("side", "BUY").put("quantity", 10).put("type", "MARKET").put("clientOrderId", "fix-1")));
        assertThat(posted.statusCode()).isEqualTo(201);
        OrderEvent order = await(filled.future());

        JsonObject stored = await(gateway.get("/api/orders/" + order.orderId())).bodyAsJsonObject();
        assertThat(stored.getString("broker")).isEqualTo("fix");
        assertThat(stored.getString("clientOrderId")).isEqualTo("fix-1");
        assertThat(stored.getJsonArray("executions").stream().map(e -> ((JsonObject) e).getString("execType")))
                .contains("NEW", "TRADE");
        JsonObject session = await(gateway.get("/api/sessions")).bodyAsJsonObject().getJsonArray("sessions")
                .getJsonObject(0);
        assertThat(session.getString("broker")).isEqualTo("fix");
        assertThat(session.getString("sessionId")).isEqualTo("FIX.4.4:DTO->FIXSIM");
        assertThat(session.getBoolean("loggedOn")).isTrue();
        assertThat(await(gateway.get("/ready")).statusCode()).isEqualTo(200);
        assertThat(await(gateway.get("/metrics")).bodyAsString())
                .contains("gateway_broker_session_logged_on{broker=\"fix\",session=\"FIX.4.4:DTO->FIXSIM\"} 1.0");
    }

    @Test
    @DisplayName("readiness waits for the FIX session: down while the venue is not there")
    void shouldNotBeReadyWithoutTheSession() throws Exception {
        BuiltInPlugins.copy(dir, "fix");
        Promise<Void> reported = Promise.promise();
        await(vertx.eventBus().<BrokerSessionStatus>consumer(Addresses.BROKER_SESSIONS, m -> reported.tryComplete())
                .completion());
        gateway = await(GatewayHarness.start(vertx, config(dir, freePort())));
        await(reported.future());

        HttpResponse<Buffer> ready = await(gateway.get("/ready"));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.bodyAsString()).contains("broker-sessions");
    }

    @Test
    @DisplayName("the plugin manager can start fix-sim alone from a folder of plugins, as bin/gateway venue does")
    void shouldStartTheVenueAlone() throws Exception {
        BuiltInPlugins.copy(dir, "fix-sim", "fix", "paper");
        int port = freePort();
        MessageCodecs.registerAll(vertx.eventBus());
        PluginManager manager = new PluginManager(vertx, List.of(dir), Set.of(),
                new PluginValidator(new ManifestReader(), List.of(),
                        id -> "fix-sim".equals(id) ? new JsonObject().put("port", port) : new JsonObject(),
                        id -> Set.of(), new ContainmentPolicy(SecurityConfig.DEFAULT, new TrustedKeys(Map.of()))),
                new PluginRegistry(), new SimpleMeterRegistry(), InstantSource.system(), signal -> { },
                HostObserver.NONE, MarketDataConfig.from(new JsonObject(), new java.util.ArrayList<>()),
                new FeedFlowControl(), new BusGuard(new SimpleMeterRegistry()), SecurityConfig.Supervision.DEFAULT,
                new RemoteHosts(vertx));

        List<PluginRecord> started = await(manager.startOnly(Set.of("fix-sim")));

        assertThat(started).extracting(PluginRecord::id).containsExactly("fix-sim");
        assertThat(started.get(0).state()).isEqualTo(PluginState.RUNNING);
        try (Socket connected = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertThat(connected.isConnected()).isTrue();
        }
        await(manager.stopAll());
    }
}
