package io.dto.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.Permission;
import io.dto.api.PluginType;
import io.dto.api.manifest.ParameterSpec;
import io.dto.api.manifest.ParameterType;
import io.dto.api.manifest.PluginManifest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ManifestReader")
class ManifestReaderTest {

    private final ManifestReader reader = new ManifestReader();

    /** The guide's "Plugin Manifest" example, with the Java counterparts of its Python-only fields. */
    static JsonObject guideManifest() {
        return new JsonObject("""
                {
                  "manifest_version": "1.0",
                  "plugin_info": {
                    "name": "my-plugin",
                    "version": "1.0.0",
                    "display_name": "My Custom Plugin",
                    "description": "A custom plugin for advanced trading strategies",
                    "author": {"name": "Your Name", "email": "your.email@example.com",
                               "website": "https://github.com/yourusername"},
                    "license": "MIT",
                    "homepage": "https://github.com/yourusername/day-trading-orchestrator-my-plugin",
                    "repository": "https://github.com/yourusername/day-trading-orchestrator-my-plugin.git",
                    "keywords": ["trading", "strategy", "plugin"],
                    "category": "strategy",
                    "type": "strategy",
                    "entry_point": "com.example.MyStrategy"
                  },
                  "compatibility": {
                    "min_platform_version": "1.0.0",
                    "max_platform_version": "2.0.0",
                    "java_version": ">=17",
                    "supported_oses": ["linux", "windows", "macos"]
                  },
                  "dependencies": {
                    "required": ["io.dto:plugin-api:1.0.0", "org.apache.commons:commons-math3:3.6.1"],
                    "optional": ["com.example:extras:1.0.0"]
                  },
                  "configuration": {
                    "parameters": {
                      "short_period": {"type": "integer", "default": 5, "min": 1, "max": 50,
                                       "description": "Short moving average period"},
                      "long_period": {"type": "integer", "default": 20, "min": 5, "max": 200,
                                      "description": "Long moving average period"},
                      "symbols": {"type": "array", "default": [], "item_type": "string",
                                  "description": "List of trading symbols"}
                    }
                  },
                  "permissions": {
                    "required": ["read_market_data", "place_orders", "read_account_info"],
                    "optional": ["access_external_apis", "send_notifications"]
                  },
                  "security": {"trusted_publisher": false}
                }
                """);
    }

    @Test
    @DisplayName("reads the guide's manifest into the model")
    void shouldReadTheGuidesManifest() throws ManifestException {
        PluginManifest manifest = reader.read(guideManifest().encode());

        assertThat(manifest.id()).isEqualTo("my-plugin");
        assertThat(manifest.pluginInfo().version()).isEqualTo("1.0.0");
        assertThat(manifest.pluginInfo().type()).isEqualTo(PluginType.STRATEGY);
        assertThat(manifest.pluginInfo().entryPoint()).isEqualTo("com.example.MyStrategy");
        assertThat(manifest.pluginInfo().author().email()).isEqualTo("your.email@example.com");
        assertThat(manifest.pluginInfo().keywords()).containsExactly("trading", "strategy", "plugin");
        assertThat(manifest.compatibility().minPlatformVersion()).isEqualTo("1.0.0");
        assertThat(manifest.compatibility().maxPlatformVersion()).isEqualTo("2.0.0");
        assertThat(manifest.dependencies().required()).hasSize(2);
        assertThat(manifest.parameters()).containsOnlyKeys("short_period", "long_period", "symbols");
        assertThat(manifest.parameters().get("short_period"))
                .isEqualTo(new ParameterSpec(ParameterType.INTEGER, 5, 1.0, 50.0, null,
                        "Short moving average period", false));
        assertThat(manifest.parameters().get("symbols").itemType()).isEqualTo(ParameterType.STRING);
        assertThat(manifest.parameters().get("symbols").defaultValue()).isEqualTo(List.of());
        assertThat(manifest.permissions().required()).containsExactlyInAnyOrder(Permission.READ_MARKET_DATA,
                Permission.PLACE_ORDERS, Permission.READ_ACCOUNT_INFO);
        assertThat(manifest.permissions().optional()).containsExactlyInAnyOrder(Permission.ACCESS_EXTERNAL_APIS,
                Permission.SEND_NOTIFICATIONS);
        assertThat(manifest.security().isSigned()).isFalse();
    }

    @Test
    @DisplayName("accepts the guide's short type names (int, list, str)")
    void shouldAcceptTheGuidesShortTypeNames() throws ManifestException {
        JsonObject manifest = guideManifest();
        manifest.getJsonObject("configuration").getJsonObject("parameters")
                .put("symbols", new JsonObject().put("type", "list").put("item_type", "str").put("default",
                        new JsonArray()))
                .put("short_period", new JsonObject().put("type", "int").put("default", 5));

        PluginManifest read = reader.read(manifest.encode());

        assertThat(read.parameters().get("symbols").type()).isEqualTo(ParameterType.ARRAY);
        assertThat(read.parameters().get("symbols").itemType()).isEqualTo(ParameterType.STRING);
        assertThat(read.parameters().get("short_period").type()).isEqualTo(ParameterType.INTEGER);
    }

    @Test
    @DisplayName("says the manifest is not JSON when it is not")
    void shouldRejectInvalidJson() {
        assertThatThrownBy(() -> reader.read("{\"manifest_version\": \"1.0\","))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("plugin-manifest.json is not valid JSON"));
        assertThatThrownBy(() -> reader.read("[1, 2]")).isInstanceOf(ManifestException.class);
    }

    @Test
    @DisplayName("names every missing required field")
    void shouldNameMissingRequiredFields() {
        JsonObject manifest = guideManifest();
        manifest.getJsonObject("plugin_info").remove("version");
        manifest.getJsonObject("plugin_info").remove("entry_point");
        manifest.remove("compatibility");

        assertThatThrownBy(() -> reader.read(manifest.encode()))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                        "manifest: required property 'compatibility' not found",
                        "/plugin_info: required property 'entry_point' not found",
                        "/plugin_info: required property 'version' not found"));
    }

    @Test
    @DisplayName("rejects a version that is not a semantic version, wherever it is")
    void shouldRejectBadSemanticVersions() {
        JsonObject manifest = guideManifest();
        manifest.getJsonObject("plugin_info").put("version", "1.0");
        manifest.getJsonObject("compatibility").put("max_platform_version", "v2");

        assertThatThrownBy(() -> reader.read(manifest.encode()))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                            .startsWith("/plugin_info/version: does not match the regex pattern"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                            .startsWith("/compatibility/max_platform_version: does not match the regex pattern"));
                });
    }

    @Test
    @DisplayName("rejects an unknown permission, naming the allowed ones")
    void shouldRejectAnUnknownPermission() {
        JsonObject manifest = guideManifest();
        manifest.getJsonObject("permissions").put("required", new JsonArray().add("read_market_data")
                .add("launch_missiles"));

        assertThatThrownBy(() -> reader.read(manifest.encode()))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.problems()).singleElement()
                        .asString()
                        .startsWith("/permissions/required/1: does not have a value in the enumeration")
                        .contains("read_market_data", "send_notifications"));
    }

    @Test
    @DisplayName("rejects fields the schema does not know, an unknown plugin type and a bad parameter name")
    void shouldRejectUnknownFieldsAndValues() {
        JsonObject manifest = guideManifest();
        manifest.getJsonObject("compatibility").put("python_version", ">=3.8");
        manifest.getJsonObject("plugin_info").put("type", "oracle");
        manifest.getJsonObject("configuration").getJsonObject("parameters")
                .put("Bad-Name", new JsonObject().put("type", "integer"));

        assertThatThrownBy(() -> reader.read(manifest.encode()))
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("python_version"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("/plugin_info/type"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("Bad-Name"));
                    assertThat(e.getMessage()).startsWith("invalid plugin manifest: ");
                });
    }

    @Test
    @DisplayName("rejects a parameter whose min is above its max")
    void shouldRejectInvertedBounds() {
        JsonObject manifest = guideManifest();
        manifest.getJsonObject("configuration").getJsonObject("parameters")
                .put("window", new JsonObject().put("type", "integer").put("min", 10).put("max", 5));

        assertThatThrownBy(() -> reader.read(manifest.encode()))
                .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.problems())
                        .containsExactly("parameter 'window': min 10.0 is greater than max 5.0"));
    }
}
