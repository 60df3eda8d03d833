package io.dto.plugins.fixsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FixSimConfig and the plugin manifest")
class FixSimConfigTest {

    private static JsonObject manifest() throws Exception {
        try (InputStream in = FixSimConfigTest.class.getClassLoader().getResourceAsStream("plugin-manifest.json")) {
            assertThat(in).as("plugin-manifest.json on the class path").isNotNull();
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("the manifest names the plugin's entry point, type and version")
    void shouldDescribeThePluginInTheManifest() throws Exception {
        JsonObject info = manifest().getJsonObject("plugin_info");
        FixSimPlugin plugin = new FixSimPlugin();

        assertThat(info.getString("name")).isEqualTo(plugin.info().name());
        assertThat(info.getString("version")).isEqualTo(plugin.info().version());
        assertThat(info.getString("type")).isEqualTo(plugin.info().type().manifestName());
        assertThat(Class.forName(info.getString("entry_point"))).isEqualTo(FixSimPlugin.class);
        assertThat(manifest().getJsonObject("permissions").getJsonArray("required"))
                .containsExactlyInAnyOrder("read_market_data", "access_external_apis");
        assertThat(manifest().containsKey("security")).isFalse();
    }

    @Test
    @DisplayName("the manifest's defaults are the configuration's defaults, and every key is read")
    void shouldShareDefaultsWithTheManifest() throws Exception {
        JsonObject parameters = manifest().getJsonObject("configuration").getJsonObject("parameters");
        JsonObject defaults = new JsonObject();
        parameters.forEach(p -> defaults.put(p.getKey(), ((JsonObject) p.getValue()).getValue("default")));

        assertThat(FixSimConfig.from(defaults)).isEqualTo(FixSimConfig.from(new JsonObject()));
        assertThat(parameters.fieldNames()).containsExactlyInAnyOrder("port", "symbols", "settings_file",
                "liquidity_enabled", "liquidity_levels", "liquidity_size", "liquidity_tick",
                "liquidity_min_spread_bps", "reference_prices", "book_depth");
    }

    @Test
    @DisplayName("defaults: port 9876, the guide's symbols, liquidity on")
    void shouldDefaultToTheEmbeddedVenue() {
        FixSimConfig config = FixSimConfig.from(new JsonObject());

        assertThat(config.port()).isEqualTo(9876);
        assertThat(config.symbols()).containsExactlyInAnyOrder("AAPL", "MSFT", "GOOGL");
        assertThat(config.liquidity().enabled()).isTrue();
        assertThat(config.liquidity().tick()).isEqualByComparingTo("0.01");
    }

    @Test
    @DisplayName("bad values fail with a message that names the setting")
    void shouldRejectBadValues() {
        assertThatThrownBy(() -> FixSimConfig.from(new JsonObject().put("port", 70000))).hasMessageContaining("port");
        assertThatThrownBy(() -> FixSimConfig.from(new JsonObject().put("symbols", new JsonArray())))
                .hasMessageContaining("symbols");
        assertThatThrownBy(() -> FixSimConfig.from(new JsonObject().put("symbols", new JsonArray(List.of(1)))))
                .hasMessageContaining("strings");
        assertThatThrownBy(() -> FixSimConfig.from(new JsonObject().put("liquidity_tick", 0)))
                .hasMessageContaining("tick");
        assertThatThrownBy(() -> FixSimConfig.from(new JsonObject()
                .put("reference_prices", new JsonObject().put("TSLA", 1)))).hasMessageContaining("TSLA");
    }
}
