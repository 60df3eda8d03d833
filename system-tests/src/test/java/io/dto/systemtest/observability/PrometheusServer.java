package io.dto.systemtest.observability;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code /usr/bin/prometheus}) on a free loopback port, scraping one gateway with the
 * repository's {@code config/prometheus.yml}: target, scrape and evaluation intervals and rule paths rewritten for
 * the test, everything else as shipped. {@link #close()} stops it.
 */
final class PrometheusServer implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** The shipped configuration, rewritten to scrape {@code gatewayPort} every second. */
    static String testConfig(Path repo, int gatewayPort) throws IOException {
        String shipped = Files.readString(repo.resolve("config/prometheus.yml"));
        String rules = repo.resolve("config").toAbsolutePath() + "/prometheus/";
        return replace(replace(replace(replace(shipped,
                "'127.0.0.1:8080'", "'127.0.0.1:" + gatewayPort + "'"),
                "scrape_interval: 15s", "scrape_interval: 1s"),
                "evaluation_interval: 15s", "evaluation_interval: 1s"),
                "  - prometheus/", "  - " + rules);
    }

    static PrometheusServer start(Path workDir, String config) throws IOException, InterruptedException {
        Path configFile = workDir.resolve("prometheus.yml");
        Files.writeString(configFile, config);
        int port = freePort();
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + configFile,
                "--storage.tsdb.path=" + workDir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, log, URI.create("http://127.0.0.1:" + port));
        try {
            Poll.until("Prometheus to be ready (log: " + log + ")", Duration.ofSeconds(30), Duration.ofMillis(200),
                    () -> server.ready() ? Boolean.TRUE : null);
            return server;
        } catch (AssertionError | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    /** {@code /api/v1/query}: the {@code data} of a successful answer; fails with Prometheus's error otherwise. */
    JsonObject query(String expr) {
        JsonObject answer = get("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        if (!"success".equals(answer.getString("status"))) {
            throw new AssertionError("Prometheus refused '" + expr + "': " + answer.getString("error"));
        }
        return answer.getJsonObject("data");
    }

    /** The samples of an instant query. */
    JsonArray samples(String expr) {
        return query(expr).getJsonArray("result");
    }

    /** {@code /api/v1/rules}: every rule group with each rule's health and last error. */
    JsonArray ruleGroups() {
        return get("/api/v1/rules").getJsonObject("data").getJsonArray("groups");
    }

    /** {@code /api/v1/targets}: the active scrape targets with their health. */
    JsonArray activeTargets() {
        return get("/api/v1/targets").getJsonObject("data").getJsonArray("activeTargets");
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/-/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonObject get(String pathAndQuery) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new JsonObject(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static String replace(String text, String target, String replacement) {
        if (!text.contains(target)) {
            throw new IllegalStateException("config/prometheus.yml no longer contains " + target);
        }
        return text.replace(target, replacement);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
