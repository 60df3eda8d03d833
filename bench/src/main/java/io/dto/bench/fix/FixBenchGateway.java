package io.dto.bench.fix;

import io.dto.api.Addresses;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Quote;
import io.dto.bench.load.BenchOrderStore;
import io.dto.gateway.Gateway;
import io.dto.gateway.config.GatewayConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The gateway the FIX benchmarks measure: its configuration, and the helpers they share to start it. */
public final class FixBenchGateway {

    /** The bytecode-scan findings in the QuickFIX/J and MINA that fix and fix-sim bundle, waived as in gateway.yaml. */
    private static final JsonArray QUICKFIXJ_WAIVERS = new JsonArray()
            .add("quickfix.MessageCracker").add("org.apache.mina.proxy.handlers.http.ntlm");

    private FixBenchGateway() {
    }

    /**
     * A gateway with fix-sim (two FIX 4.4 sessions: DTO for the gateway, BENCH for the bare initiator) and fix, its
     * order store in the work folder, and limits that let a benchmark through: the broker's rate limit, the risk
     * gate's open orders and per-strategy rate, and the cash behind tens of thousands of resting orders. Every check
     * still runs.
     */
    public static JsonObject config(Path work, Path plugins, int port) throws Exception {
        Path acceptor = Files.writeString(work.resolve("acceptor.cfg"), "[DEFAULT]\nConnectionType=acceptor\n"
                + "SocketAcceptAddress=127.0.0.1\nSocketAcceptPort=" + port + "\nSenderCompID=FIXSIM\n"
                + "BeginString=FIX.4.4\nDataDictionary=FIX44.xml\nStartTime=00:00:00\nEndTime=00:00:00\n"
                + "NonStopSession=Y\nHeartBtInt=30\nResetOnLogon=Y\nResetOnLogout=Y\nResetOnDisconnect=Y\n"
                + "UseDataDictionary=Y\nValidateUserDefinedFields=N\n[SESSION]\nTargetCompID=DTO\n[SESSION]\n"
                + "TargetCompID=BENCH\n");
        Path initiator = Files.writeString(work.resolve("initiator.cfg"), "[DEFAULT]\nConnectionType=initiator\n"
                + "FileStorePath=" + work.resolve("gateway-store") + "\nStartTime=00:00:00\nEndTime=00:00:00\n"
                + "NonStopSession=Y\nHeartBtInt=30\nReconnectInterval=1\nResetOnLogon=Y\nUseDataDictionary=Y\n"
                + "ValidateUserDefinedFields=N\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=DTO\n"
                + "TargetCompID=FIXSIM\nSocketConnectHost=127.0.0.1\nSocketConnectPort=" + port + "\n"
                + "DataDictionary=FIX44.xml\n");
        return new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 0)).put("api_token", "bench"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(plugins.toString()))
                        .put("config", new JsonObject()
                                .put("fix-sim", new JsonObject().put("settings_file", acceptor.toString())
                                        .put("symbols", new JsonArray().add(FixRoundTripBench.SYMBOL))
                                        .put("liquidity_enabled", false))
                                .put("fix", new JsonObject().put("settings_file", initiator.toString())))
                        .put("security", new JsonObject().put("scan_waivers", new JsonObject()
                                .put("fix", QUICKFIXJ_WAIVERS).put("fix-sim", QUICKFIXJ_WAIVERS))))
                .put("orders", new JsonObject().put("default_broker", "fix"))
                .put("brokers", new JsonObject().put("fix", new JsonObject().put("orders_per_second", 1_000_000)
                        .put("max_queue", 100_000)))
                .put("risk", new JsonObject().put("max_open_orders", 10_000_000)
                        .put("orders_per_second_per_strategy", 1_000_000)
                        .put("max_position", 10_000_000).put("max_gross_exposure", 10_000_000_000L))
                .put("account", new JsonObject().put("starting_cash", 10_000_000_000L))
                .put("persistence", BenchOrderStore.in(work));
    }

    /** Copies the built jars of these plugins into {@code work/plugins} and returns that folder. */
    public static Path copyPlugins(Path builtPlugins, Path work, String... ids) throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        for (String id : ids) {
            Files.copy(builtPlugins.resolve(id + ".jar"), plugins.resolve(id + ".jar"));
        }
        return plugins;
    }

    /** Starts the gateway, waits for the fix plugin's session to log on, then quotes {@code symbol} for the risk gate. */
    public static Gateway startLoggedOn(Vertx vertx, JsonObject config, PrometheusMeterRegistry registry,
            String symbol) throws Exception {
        Promise<Void> loggedOn = Promise.promise();
        await(vertx.eventBus().<BrokerSessionStatus>consumer(Addresses.BROKER_SESSIONS, m -> {
            if (m.body().loggedOn()) {
                loggedOn.tryComplete();
            }
        }).completion());
        Gateway gateway = await(Gateway.start(vertx, GatewayConfig.from(config), registry));
        await(loggedOn.future());
        vertx.eventBus().publish(Addresses.quote(symbol), new Quote(symbol, Instant.now(), 99.99, 1_000, 100.01,
                1_000));
        return gateway;
    }

    /**
     * Hands every order's first answer after PENDING_NEW on {@code order.events} to {@code onAck} by clientOrderId,
     * and counts rejections in {@code refused}.
     */
    public static void onAcknowledgements(Vertx vertx, Consumer<String> onAck, AtomicLong refused) throws Exception {
        await(vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> {
            OrderStatus status = m.body().status();
            if (status == OrderStatus.REJECTED) {
                refused.incrementAndGet();
            }
            if (status != OrderStatus.PENDING_NEW) {
                onAck.accept(m.body().clientOrderId());
            }
        }).completion());
    }

    public static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }
}
