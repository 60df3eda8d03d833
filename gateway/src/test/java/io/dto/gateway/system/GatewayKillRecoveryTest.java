package io.dto.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dto.api.codec.RecordJson;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.tooling.ManifestReader;
import io.dto.tooling.PluginPackager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway process is killed with SIGKILL in the middle of a stream of orders and started again: every order it
 * acknowledged is there with its fills, and the positions are what the venue's fills add up to.
 */
@DisplayName("Recovery: a gateway killed with SIGKILL mid-stream loses no acknowledged order, fill or position")
class GatewayKillRecoveryTest {

    private static final String TOKEN = "kill-test-token";
    private static final int ORDERS = 300;
    private static final int KILL_AFTER_ACKS = 60;
    private static final int CONCURRENCY = 8;

    @TempDir
    Path dir;
    private GatewayProcess gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopGateway() throws InterruptedException {
        if (gateway != null) {
            gateway.stop();
        }
    }

    @Test
    void shouldRecoverEveryAcknowledgedOrderAfterSigkill() throws Exception {
        Path config = writeConfig(GatewayProcess.freePort());
        int port = new JsonObject(Files.readString(config)).getJsonObject("gateway").getJsonObject("http")
                .getInteger("port");
        gateway = GatewayProcess.start(dir, config, port, dir.resolve("gateway.log"));
        gateway.awaitReady(http, Duration.ofSeconds(60));

        Map<String, JsonObject> acknowledged = streamUntilKilled();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);

        gateway = GatewayProcess.start(dir, config, port, dir.resolve("gateway.log"));
        gateway.awaitReady(http, Duration.ofSeconds(60));

        Map<String, List<ExecutionReport>> journal = journal();
        for (Map.Entry<String, JsonObject> ack : acknowledged.entrySet()) {
            List<ExecutionReport> sent = journal.getOrDefault(ack.getKey(), List.of());
            // The kill can fall between the venue's acknowledgement and its fill: the venue's last word is the truth.
            String venueStatus = sent.isEmpty() ? "REJECTED" : sent.get(sent.size() - 1).status().name();
            JsonObject order = awaitStatus(ack.getKey(), venueStatus, Duration.ofSeconds(30));
            assertThat(order.getString("status")).as("order %s (venue journal: %s)", ack.getKey(), sent)
                    .isEqualTo(venueStatus);
            if (sent.isEmpty()) {
                continue;
            }
            assertThat(decimal(order, "filledQuantity")).isEqualByComparingTo(sent.get(sent.size() - 1)
                    .cumulativeQuantity());
            assertThat(order.getJsonArray("executions").stream().map(e -> ((JsonObject) e).getString("execId"))
                    .toList()).as("executions of " + ack.getKey())
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(ExecutionReport::execId).toList());
        }
        assertPositionsMatchVenueFills(journal);
    }

    /** Sends orders CONCURRENCY at a time; kills the gateway once KILL_AFTER_ACKS have been acknowledged. */
    private Map<String, JsonObject> streamUntilKilled() throws Exception {
        Map<String, JsonObject> acknowledged = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        boolean killed = false;
        for (int i = 0; i < ORDERS && !killed; i++) {
            JsonObject order = new JsonObject().put("symbol", i % 2 == 0 ? "AAPL" : "MSFT").put("side", "BUY")
                    .put("type", "LIMIT").put("quantity", 1 + i % 7).put("price", 100 + (i % 13) * 0.25)
                    .put("clientOrderId", "kill-" + i);
            inFlight.add(http.sendAsync(post("/api/orders", order), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        if (response.statusCode() == 201) {
                            acknowledged.put(new JsonObject(response.body()).getString("id"), order);
                        }
                    }));
            if (inFlight.size() >= CONCURRENCY) {
                CompletableFuture.anyOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                        .get(10, TimeUnit.SECONDS);
                inFlight.removeIf(CompletableFuture::isDone);
            }
            if (acknowledged.size() >= KILL_AFTER_ACKS) {
                gateway.kill();
                killed = true;
            }
        }
        assertThat(killed).as("the gateway was killed mid-stream").isTrue();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(10, TimeUnit.SECONDS);
        return Map.copyOf(acknowledged);
    }

    private void assertPositionsMatchVenueFills(Map<String, List<ExecutionReport>> journal) throws Exception {
        Map<String, BigDecimal> quantity = new HashMap<>();
        Map<String, BigDecimal> cost = new HashMap<>();
        journal.values().stream().flatMap(List::stream).filter(r -> r.execType() == ExecType.TRADE).forEach(fill -> {
            quantity.merge(fill.symbol(), fill.lastQuantity(), BigDecimal::add);
            cost.merge(fill.symbol(), fill.lastQuantity().multiply(fill.lastPrice()), BigDecimal::add);
        });
        JsonArray positions = new JsonObject(get("/api/positions").body()).getJsonArray("positions");
        assertThat(positions).hasSize(quantity.size());
        for (Object item : positions) {
            JsonObject position = (JsonObject) item;
            String symbol = position.getString("symbol");
            assertThat(decimal(position, "quantity")).as(symbol).isEqualByComparingTo(quantity.get(symbol));
            // The book averages fill by fill, rounding each step to 8 decimals; the exact average may differ there.
            assertThat(decimal(position, "averagePrice")).as(symbol).isCloseTo(
                    cost.get(symbol).divide(quantity.get(symbol), 8, RoundingMode.HALF_EVEN),
                    within(new BigDecimal("0.000001")));
        }
    }

    /** Polls the order until it has the venue's status (its reports may still be arriving from the venue's resend). */
    private JsonObject awaitStatus(String id, String status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject order = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/orders/" + id);
            assertThat(response.statusCode()).as("order %s after restart: %s", id, response.body()).isEqualTo(200);
            order = new JsonObject(response.body());
            if (status.equals(order.getString("status"))) {
                return order;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return order;
    }

    private Map<String, List<ExecutionReport>> journal() throws IOException {
        Map<String, List<ExecutionReport>> byOrder = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("journal.jsonl"))) {
            ExecutionReport report = RecordJson.fromJson(new JsonObject(line), ExecutionReport.class);
            byOrder.computeIfAbsent(report.orderId(), k -> new ArrayList<>()).add(report);
        }
        return byOrder;
    }

    private HttpRequest post(String path, JsonObject body) {
        return HttpRequest.newBuilder(gateway.uri(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway.uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static BigDecimal decimal(JsonObject json, String field) {
        return new BigDecimal(json.getValue(field).toString());
    }

    /** gateway.yaml (JSON is YAML) with the journal broker as the only broker and the checks that need quotes off. */
    private Path writeConfig(int port) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        packageJournalBroker(plugins.resolve("journal-broker.jar"));
        JsonObject config = new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", port)).put("api_token", TOKEN))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(plugins.toString()))
                        .put("config", new JsonObject().put("journal-broker", new JsonObject()
                                .put("journal", dir.resolve("journal.jsonl").toString()))))
                .put("orders", new JsonObject().put("default_broker", "journal-broker").put("default_account", "K")
                        .put("symbols", new JsonArray().add("AAPL").add("MSFT")))
                .put("brokers", new JsonObject().put("journal-broker", new JsonObject().put("orders_per_second", 10000)))
                .put("risk", new JsonObject().put("max_open_orders", 10000).put("disabled_checks", new JsonArray()
                        .add("reference_price").add("price_collar").add("duplicate_order").add("strategy_order_rate")))
                .put("persistence", new JsonObject().put("jdbc_url", "jdbc:h2:file:" + dir.resolve("db")
                        + ";WRITE_DELAY=0;FILE_LOCK=FS"));
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, config.encodePrettily());
        return file;
    }

    /** The journal broker's classes and manifest, packaged as every plugin is (checksums included). */
    private void packageJournalBroker(Path output) throws Exception {
        Path classes = Path.of(JournalBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDir = classes.resolve("io/dto/gateway/system");
        Path compiled = dir.resolve("journal-broker-classes.jar");
        JsonObject manifest = new JsonObject()
                .put("manifest_version", "1.0")
                .put("plugin_info", new JsonObject().put("name", "journal-broker").put("version", "1.0.0")
                        .put("type", "broker").put("entry_point", JournalBroker.class.getName()))
                .put("compatibility", new JsonObject().put("min_platform_version", "1.0.0"))
                .put("configuration", new JsonObject().put("parameters", new JsonObject()
                        .put("journal", new JsonObject().put("type", "string").put("default", "journal.jsonl"))))
                // It writes its journal file: the bytecode scan allows files only with this permission.
                .put("permissions", new JsonObject().put("required", new JsonArray().add("access_external_apis")));
        try (OutputStream file = Files.newOutputStream(compiled); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> entries = Files.list(packageDir)) {
            jar.putNextEntry(new JarEntry("plugin-manifest.json"));
            jar.write(manifest.encodePrettily().getBytes(StandardCharsets.UTF_8));
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith("JournalBroker")).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(entry).toString()));
                jar.write(Files.readAllBytes(entry));
            }
        }
        new PluginPackager(new ManifestReader()).pack(compiled, List.of(), output, null);
    }
}
