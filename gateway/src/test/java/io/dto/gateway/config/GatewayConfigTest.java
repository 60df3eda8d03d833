package io.dto.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
class GatewayConfigTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("the YAML file is read and the environment overrides it")
    void shouldApplyEnvironmentOverrides(Vertx vertx, VertxTestContext test) throws Exception {
        Path file = folder.resolve("gateway.yaml");
        Files.writeString(file, """
                gateway:
                  http: {host: 127.0.0.1, port: 8080}
                  api_token: from-file
                plugins:
                  folders: [plugins]
                  config:
                    synthetic: {seed: 1}
                orders: {signal_quantity: 10}
                """);
        Map<String, String> env = Map.of("GATEWAY_API_TOKEN", "from-env", "DTO_ORDERS__SIGNAL_QUANTITY", "25",
                "DTO_PLUGINS__CONFIG__SYNTHETIC__SYMBOLS", "[\"AAPL\"]");
        new ConfigLoader(vertx, env).load(file, 9191).onComplete(test.succeeding(config -> test.verify(() -> {
            assertThat(config.http().port()).isEqualTo(9191);
            assertThat(config.apiToken()).isEqualTo("from-env");
            assertThat(config.orders().signalQuantity()).isEqualTo(25);
            assertThat(config.pluginConfig("synthetic").getInteger("seed")).isEqualTo(1);
            assertThat(config.pluginConfig("synthetic").getJsonArray("symbols").getList()).containsExactly("AAPL");
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("a missing configuration file fails with its path and the option to give another")
    void shouldNameMissingFile(Vertx vertx, VertxTestContext test) {
        new ConfigLoader(vertx, Map.of()).load(folder.resolve("nope.yaml"), null)
                .onComplete(test.failing(e -> test.verify(() -> {
                    assertThat(e).hasMessageContaining("nope.yaml does not exist").hasMessageContaining("--config");
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("every invalid value is reported at once, each with its key")
    void shouldReportEveryProblem() {
        JsonObject json = new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 70000)))
                .put("plugins", new JsonObject().put("folders", "plugins"))
                .put("orders", new JsonObject().put("signal_quantity", -1));
        assertThatThrownBy(() -> GatewayConfig.from(json))
                .hasMessageContaining("gateway.http.port must be between 0 and 65535, got 70000")
                .hasMessageContaining("gateway.api_token must be set")
                .hasMessageContaining("folders must be a list")
                .hasMessageContaining("orders.signal_quantity must be positive, got -1");
    }
}
