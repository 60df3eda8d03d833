package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.systemtest.plugins.TickEchoStrategy;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and mismatched plugin jars are each refused with a reason a person can act on, while a good plugin
 * beside them loads and keeps running.
 */
@ExtendWith(VertxExtension.class)
class BadPluginJarTest {

    @TempDir
    Path plugins;

    @Test
    @DisplayName("every kind of bad jar is rejected with its reason and the good plugin runs")
    void shouldRejectEachBadJarWithItsReason(Vertx vertx, VertxTestContext test) {
        TestPluginJars.packaged(plugins, "tick-echo.jar", PluginLifecycleTest.echoManifest("1.0.0"),
                TickEchoStrategy.class);
        TestPluginJars.unpackaged(plugins, "invalid-json.jar", "{\"manifest_version\": \"1.0\", \"plugin_info\": {",
                TickEchoStrategy.class);
        TestPluginJars.unpackaged(plugins, "no-manifest.jar", null, TickEchoStrategy.class);
        JsonObject missingFields = named("missing-fields");
        missingFields.getJsonObject("plugin_info").remove("entry_point");
        missingFields.remove("compatibility");
        TestPluginJars.unpackaged(plugins, "missing-fields.jar", missingFields.encode(), TickEchoStrategy.class);
        JsonObject futurePlatform = named("future-platform");
        futurePlatform.getJsonObject("compatibility").put("min_platform_version", "2.0.0")
                .put("max_platform_version", "3.0.0");
        TestPluginJars.packaged(plugins, "future-platform.jar", futurePlatform, TickEchoStrategy.class);
        TestPluginJars.packaged(plugins, "out-of-range.jar", withPeriod(named("out-of-range")),
                TickEchoStrategy.class);
        TestPluginJars.packaged(plugins, "wrong-type.jar", withPeriod(named("wrong-type")), TickEchoStrategy.class);
        Path tampered = TestPluginJars.packaged(plugins, "tampered.jar", named("tampered"), TickEchoStrategy.class);
        TestPluginJars.tamper(tampered, "io/dto/systemtest/plugins/TickEchoStrategy.class");
        TestPluginJars.unpackaged(plugins, "unpackaged.jar", named("unpackaged").encode(), TickEchoStrategy.class);

        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("config", new JsonObject()
                .put("out-of-range", new JsonObject().put("period", 500))
                .put("wrong-type", new JsonObject().put("period", "fast").put("colour", "red")));

        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway ->
                gateway.get("/api/plugins").onComplete(test.succeeding(response -> {
                    Map<String, JsonObject> byId = new HashMap<>();
                    response.bodyAsJsonObject().getJsonArray("plugins")
                            .forEach(p -> byId.put(((JsonObject) p).getString("id"), (JsonObject) p));
                    test.verify(() -> {
                        assertThat(byId.get("tick-echo").getString("state")).isEqualTo("RUNNING");
                        assertRejected(byId, "invalid-json", "is not valid JSON");
                        assertRejected(byId, "no-manifest", "has no plugin-manifest.json at its root");
                        assertRejected(byId, "missing-fields", "entry_point");
                        assertRejected(byId, "missing-fields", "compatibility");
                        assertRejected(byId, "future-platform", "outside the plugin's compatibility range [2.0.0, 3.0.0)");
                        assertRejected(byId, "out-of-range", "parameter 'period' is 500, above the maximum 100");
                        assertRejected(byId, "wrong-type", "parameter 'period' must be an integer, got \"fast\"");
                        assertRejected(byId, "wrong-type", "unknown parameter 'colour'");
                        assertRejected(byId, "tampered", "entry 'io/dto/systemtest/plugins/TickEchoStrategy.class' "
                                + "was changed");
                        assertRejected(byId, "unpackaged", "has no security.checksums");
                    });
                    gateway.stop().onComplete(test.succeedingThenComplete());
                }))));
    }

    private static void assertRejected(Map<String, JsonObject> byId, String id, String reason) {
        assertThat(byId).containsKey(id);
        JsonObject plugin = byId.get(id);
        assertThat(plugin.getString("state")).as(id).isEqualTo("REJECTED");
        assertThat(plugin.getJsonArray("lastError").encode()).as(id).contains(reason.replace("\"", "\\\""));
    }

    private static JsonObject named(String name) {
        return TestPluginJars.manifest(name, "1.0.0", "strategy", TickEchoStrategy.class,
                new JsonObject().put("symbols", new JsonObject().put("type", "array").put("item_type", "string")
                        .put("default", new JsonArray().add("AAPL"))),
                "read_market_data");
    }

    private static JsonObject withPeriod(JsonObject manifest) {
        manifest.getJsonObject("configuration").getJsonObject("parameters").put("period", new JsonObject()
                .put("type", "integer").put("default", 14).put("min", 2).put("max", 100));
        return manifest;
    }
}
