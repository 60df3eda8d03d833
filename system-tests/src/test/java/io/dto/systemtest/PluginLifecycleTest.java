package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.dto.systemtest.plugins.IsolationProbeStrategy;
import io.dto.systemtest.plugins.TickEchoStrategy;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The guide's integration cases (load, register, execute, unload) and class-loader isolation, over the real API. */
@ExtendWith(VertxExtension.class)
class PluginLifecycleTest {

    @TempDir
    Path plugins;

    static JsonObject echoManifest(String version) {
        return TestPluginJars.manifest("tick-echo", version, "strategy", TickEchoStrategy.class,
                new JsonObject().put("symbols", new JsonObject().put("type", "array").put("item_type", "string")
                        .put("default", new JsonArray().add("AAPL"))),
                "read_market_data");
    }

    @Test
    @DisplayName("a plugin jar is loaded, registered with its capabilities, executes on ticks and unloads cleanly")
    void shouldLoadRegisterExecuteAndUnload(Vertx vertx, VertxTestContext test) {
        TestPluginJars.packaged(plugins, "tick-echo.jar", echoManifest("1.0.0"), TickEchoStrategy.class);
        GatewayHarness.start(vertx, GatewayHarness.config(plugins)).onComplete(test.succeeding(gateway ->
                gateway.get("/api/plugins/tick-echo")
                        .map(response -> {
                            test.verify(() -> {
                                assertThat(response.statusCode()).isEqualTo(200);
                                JsonObject plugin = response.bodyAsJsonObject();
                                assertThat(plugin.getString("state")).isEqualTo("RUNNING");
                                assertThat(plugin.getString("type")).isEqualTo("strategy");
                                assertThat(plugin.getJsonObject("capabilities").getJsonArray("symbols"))
                                        .containsExactly("AAPL");
                                assertThat(plugin.getJsonObject("manifest").getString("checksum"))
                                        .startsWith("sha256:");
                            });
                            return response;
                        })
                        .compose(ignored -> {
                            var received = vertx.eventBus().<Signal>consumer(Addresses.signal("tick-echo"));
                            var signal = io.vertx.core.Promise.<Signal>promise();
                            received.handler(m -> signal.tryComplete(m.body()));
                            return received.completion()
                                    .compose(v -> {
                                        vertx.eventBus().publish(Addresses.tick("AAPL"),
                                                new Tick("AAPL", Instant.now(), 187.5, 7, null));
                                        return signal.future();
                                    })
                                    .eventually(received::unregister);
                        })
                        .map(signal -> {
                            test.verify(() -> assertThat(signal.metadata()).containsEntry("seq", 7L));
                            return signal;
                        })
                        .compose(ignored -> gateway.delete("/api/plugins/tick-echo"))
                        .compose(deleted -> {
                            test.verify(() -> assertThat(deleted.statusCode()).isEqualTo(200));
                            return gateway.get("/api/plugins/tick-echo");
                        })
                        .compose(gone -> {
                            test.verify(() -> {
                                assertThat(gone.statusCode()).isEqualTo(404);
                                assertThat(gone.bodyAsJsonObject().getString("error")).contains("no plugin 'tick-echo'");
                                assertThat(gateway.gateway().plugins().registry().all()).isEmpty();
                            });
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
    }

    @Test
    @DisplayName("a plugin sees the JDK, plugin-api, Vert.x core API and slf4j, and nothing of the gateway")
    void shouldIsolatePluginClassLoader(Vertx vertx, VertxTestContext test) {
        TestPluginJars.packaged(plugins, "isolation-probe.jar", TestPluginJars.manifest("isolation-probe", "1.0.0",
                "strategy", IsolationProbeStrategy.class, new JsonObject()), IsolationProbeStrategy.class);
        GatewayHarness.start(vertx, GatewayHarness.config(plugins)).onComplete(test.succeeding(gateway ->
                gateway.get("/api/plugins/isolation-probe").onComplete(test.succeeding(response -> {
                    test.verify(() -> assertThat(response.bodyAsJsonObject().getString("state"))
                            .as("state; last error: %s", response.bodyAsJsonObject().getValue("lastError"))
                            .isEqualTo("RUNNING"));
                    gateway.stop().onComplete(test.succeedingThenComplete());
                }))));
    }

    @Test
    @DisplayName("mutating plugin routes need the API token, and unknown plugins answer 404 in JSON")
    void shouldGuardMutatingRoutes(Vertx vertx, VertxTestContext test) throws Exception {
        TestPluginJars.packaged(plugins, "tick-echo.jar", echoManifest("1.0.0"), TickEchoStrategy.class);
        GatewayHarness.start(vertx, GatewayHarness.config(plugins)).onComplete(test.succeeding(gateway ->
                gateway.client().delete("/api/plugins/tick-echo").send()
                        .compose(unauthorized -> {
                            test.verify(() -> {
                                assertThat(unauthorized.statusCode()).isEqualTo(401);
                                assertThat(unauthorized.bodyAsJsonObject().getString("error"))
                                        .contains("Authorization: Bearer");
                            });
                            return gateway.post("/api/plugins/nope/reload", null);
                        })
                        .compose(unknown -> {
                            test.verify(() -> {
                                assertThat(unknown.statusCode()).isEqualTo(404);
                                assertThat(unknown.bodyAsJsonObject().getString("error")).contains("no plugin 'nope'");
                            });
                            return gateway.get("/api/plugins/tick-echo");
                        })
                        .compose(still -> {
                            test.verify(() -> assertThat(still.bodyAsJsonObject().getString("state"))
                                    .isEqualTo("RUNNING"));
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    }
}
