package io.dto.bench.fix;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
                .put("persistence", new JsonObject().put("jdbc_url", "jdbc:h2:file:"
                        + work.resolve("order-store").toAbsolutePath() + ";WRITE_DELAY=0;FILE_LOCK=FS"));
    }

    public static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }
}
