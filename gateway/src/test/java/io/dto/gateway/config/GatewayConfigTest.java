package io.dto.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("GatewayConfig: loading, environment overrides, order-path keys, defaults and messages for wrong values")
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

    private static JsonObject minimal() {
        return new JsonObject()
                .put("gateway", new JsonObject().put("api_token", "t"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add("plugins")));
    }

    @Test
    @DisplayName("without order-path keys every limit has its documented default")
    void shouldApplyDefaults() {
        GatewayConfig config = GatewayConfig.from(minimal());

        assertThat(config.orders().defaultBroker()).isEqualTo("paper");
        assertThat(config.orders().symbols()).containsExactlyInAnyOrder("AAPL", "MSFT", "GOOGL");
        assertThat(config.brokers()).containsOnlyKeys("paper");
        BrokerLimits paper = config.brokers().get("paper");
        assertThat(paper.policy()).isEqualTo(BrokerLimits.Policy.QUEUE);
        assertThat(paper.ordersPerSecond()).isEqualTo(50);
        assertThat(config.risk().maxNotional()).isEqualByComparingTo("1000000");
        assertThat(config.risk().enabled(RiskRule.DUPLICATE_ORDER)).isTrue();
        assertThat(config.account().marginRate()).isEqualByComparingTo("0.5");
        assertThat(config.persistence().jdbcUrl()).contains("WRITE_DELAY=0");
    }

    @Test
    @DisplayName("a broker's own keys override brokers.default")
    void shouldLetBrokerOverrideDefaults() {
        JsonObject json = minimal().put("brokers", new JsonObject()
                .put("default", new JsonObject().put("orders_per_second", 10).put("rate_limit_policy", "reject"))
                .put("paper", new JsonObject().put("orders_per_second", 99))
                .put("fix-sim", (Object) null));

        GatewayConfig config = GatewayConfig.from(json);

        assertThat(config.brokers().get("paper").ordersPerSecond()).isEqualTo(99);
        assertThat(config.brokers().get("paper").policy()).isEqualTo(BrokerLimits.Policy.REJECT);
        assertThat(config.brokers().get("fix-sim").ordersPerSecond()).isEqualTo(10);
    }

    @Test
    @DisplayName("every wrong value is reported at once, each naming its key")
    void shouldReportEveryProblemWithItsKey() {
        JsonObject json = minimal()
                .put("orders", new JsonObject().put("default_broker", "ghost"))
                .put("brokers", new JsonObject().put("paper", new JsonObject().put("rate_limit_policy", "drop")))
                .put("risk", new JsonObject().put("max_notional", -5).put("disabled_checks", new JsonArray()
                        .add("max_notionl")))
                .put("account", new JsonObject().put("margin_rate", 2))
                .put("persistence", new JsonObject().put("jdbc_url", "jdbc:h2:file:./data/x"));

        assertThatThrownBy(() -> GatewayConfig.from(json))
                .hasMessageContaining("orders.default_broker 'ghost' is not one of the brokers [paper]")
                .hasMessageContaining("brokers.paper.rate_limit_policy must be 'queue' or 'reject', got 'drop'")
                .hasMessageContaining("risk.max_notional must be positive, got -5")
                .hasMessageContaining("risk.disabled_checks names unknown check 'max_notionl'")
                .hasMessageContaining("account.margin_rate must be at most 1, got 2")
                .hasMessageContaining("persistence.jdbc_url uses an H2 file without ;WRITE_DELAY=0");
    }

    @Test
    void shouldReadDecimalLimitsExactly() {
        GatewayConfig config = GatewayConfig.from(minimal().put("risk", new JsonObject()
                .put("max_notional", "100000.10").put("price_collar_percent", 2.5)));
        assertThat(config.risk().maxNotional()).isEqualTo(new BigDecimal("100000.10"));
        assertThat(config.risk().priceCollarPercent()).isEqualByComparingTo("2.5");
    }
}
