package io.dto.systemtest;

import io.dto.gateway.Gateway;
import io.dto.gateway.config.GatewayConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;

/** A gateway started in-process on a free port, with a web client that talks to its API. */
public final class GatewayHarness {

    public static final String TOKEN = "test-token";

    private final Gateway gateway;
    private final WebClient client;
    private final PrometheusMeterRegistry registry;

    private GatewayHarness(Gateway gateway, WebClient client, PrometheusMeterRegistry registry) {
        this.gateway = gateway;
        this.client = client;
        this.registry = registry;
    }

    /**
     * The configuration the harness starts with: one plugin folder, no plugin configs, port 0, and the order store in
     * the plugin folder (discovery reads only jars), so each test starts from an empty store.
     */
    public static JsonObject config(Path pluginFolder) {
        return new JsonObject()
                .put("gateway", new JsonObject()
                        .put("http", new JsonObject().put("host", "127.0.0.1").put("port", 0))
                        .put("api_token", TOKEN))
                .put("plugins", new JsonObject()
                        .put("folders", new JsonArray().add(pluginFolder.toString()))
                        .put("config", new JsonObject()))
                .put("orders", new JsonObject().put("default_broker", "paper").put("broker_timeout_ms", 2000))
                .put("persistence", new JsonObject().put("jdbc_url", "jdbc:h2:file:"
                        + pluginFolder.resolve("order-store").toAbsolutePath() + ";WRITE_DELAY=0;FILE_LOCK=FS"));
    }

    public static Future<GatewayHarness> start(Vertx vertx, JsonObject config) {
        return start(vertx, config, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Starts on a registry the Vert.x instance's own metrics also feed (see {@code MeteredVertx}). */
    public static Future<GatewayHarness> start(Vertx vertx, JsonObject config, PrometheusMeterRegistry registry) {
        return Gateway.start(vertx, GatewayConfig.from(config), registry).map(gateway -> new GatewayHarness(gateway,
                WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                        .setDefaultPort(gateway.httpPort())), registry));
    }

    public Gateway gateway() {
        return gateway;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Future<HttpResponse<Buffer>> get(String path) {
        return client.get(path).send();
    }

    public Future<HttpResponse<Buffer>> post(String path, JsonObject body) {
        return authorized(client.post(path)).sendJsonObject(body == null ? new JsonObject() : body);
    }

    public Future<HttpResponse<Buffer>> delete(String path) {
        return authorized(client.delete(path)).send();
    }

    public WebClient client() {
        return client;
    }

    public Future<Void> stop() {
        client.close();
        return gateway.stop();
    }

    private static HttpRequest<Buffer> authorized(HttpRequest<Buffer> request) {
        return request.bearerTokenAuthentication(TOKEN);
    }
}
