package io.dto.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.manifest.ParameterSpec;
import io.dto.api.manifest.ParameterType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ConfigValidator")
class ConfigValidatorTest {

    /** The guide's strategy parameters plus one of each other kind. */
    private static Map<String, ParameterSpec> parameters() {
        Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        parameters.put("short_period", new ParameterSpec(ParameterType.INTEGER, 5, 1.0, 50.0, null, null, false));
        parameters.put("long_period", new ParameterSpec(ParameterType.INTEGER, 20, 5.0, 200.0, null, null, false));
        parameters.put("symbols", new ParameterSpec(ParameterType.ARRAY, List.of(), null, null, ParameterType.STRING,
                null, false));
        parameters.put("weights", new ParameterSpec(ParameterType.ARRAY, null, 0.0, 1.0, ParameterType.NUMBER, null,
                false));
        parameters.put("risk_limit", new ParameterSpec(ParameterType.NUMBER, 0.02, 0.0, 1.0, null, null, false));
        parameters.put("enabled", new ParameterSpec(ParameterType.BOOLEAN, true, null, null, null, null, false));
        parameters.put("api_key", new ParameterSpec(ParameterType.STRING, null, null, null, null, null, true));
        parameters.put("limits", new ParameterSpec(ParameterType.OBJECT, Map.of("max", 3), null, null, null, null,
                false));
        return parameters;
    }

    @Test
    @DisplayName("fills every default and keeps what was supplied")
    void shouldFillDefaults() {
        ConfigValidator.Result result = ConfigValidator.validate(parameters(), new JsonObject()
                .put("api_key", "k").put("short_period", 7));

        assertThat(result.valid()).isTrue();
        assertThat(result.config()).isEqualTo(new JsonObject()
                .put("short_period", 7)
                .put("long_period", 20)
                .put("symbols", new JsonArray())
                .put("risk_limit", 0.02)
                .put("enabled", true)
                .put("api_key", "k")
                .put("limits", new JsonObject().put("max", 3)));
        assertThat(result.config().containsKey("weights")).isFalse();
    }

    @Test
    @DisplayName("normalizes numbers: a whole 10.0 is an integer, an integer given for a number is a double")
    void shouldNormalizeNumbers() {
        ConfigValidator.Result result = ConfigValidator.validate(parameters(), new JsonObject()
                .put("api_key", "k").put("long_period", 10.0).put("risk_limit", 1));

        assertThat(result.valid()).isTrue();
        assertThat(result.config().getValue("long_period")).isEqualTo(10);
        assertThat(result.config().getValue("risk_limit")).isEqualTo(1.0);
    }

    @Test
    @DisplayName("names an unknown parameter with the declared ones")
    void shouldNameAnUnknownParameter() {
        assertThat(violations(new JsonObject().put("api_key", "k").put("shortperiod", 3))).containsExactly(
                "unknown parameter 'shortperiod'; the manifest declares [api_key, enabled, limits, long_period, "
                        + "risk_limit, short_period, symbols, weights]");
    }

    @Test
    @DisplayName("names a wrong type for every parameter type")
    void shouldNameWrongTypes() {
        assertThat(violations(new JsonObject()
                .put("api_key", 42)
                .put("short_period", 2.5)
                .put("risk_limit", "low")
                .put("enabled", "yes")
                .put("symbols", "AAPL")
                .put("limits", new JsonArray())))
                .containsExactlyInAnyOrder(
                        "parameter 'api_key' must be a string, got 42",
                        "parameter 'short_period' must be an integer, got 2.5",
                        "parameter 'risk_limit' must be a number, got \"low\"",
                        "parameter 'enabled' must be true or false, got \"yes\"",
                        "parameter 'symbols' must be an array, got \"AAPL\"",
                        "parameter 'limits' must be an object, got []");
    }

    @Test
    @DisplayName("names values below the minimum and above the maximum")
    void shouldNameOutOfRangeValues() {
        assertThat(violations(new JsonObject().put("api_key", "k").put("short_period", 0).put("long_period", 201)
                .put("risk_limit", 1.5)))
                .containsExactlyInAnyOrder(
                        "parameter 'short_period' is 0, below the minimum 1",
                        "parameter 'long_period' is 201, above the maximum 200",
                        "parameter 'risk_limit' is 1.5, above the maximum 1");
    }

    @Test
    @DisplayName("names each array item of the wrong type, and item bounds")
    void shouldNameWrongItems() {
        assertThat(violations(new JsonObject().put("api_key", "k")
                .put("symbols", new JsonArray().add("AAPL").add(3).add(true))
                .put("weights", new JsonArray().add(0.5).add(2.0))))
                .containsExactlyInAnyOrder(
                        "parameter 'symbols' item 1 must be a string, got 3",
                        "parameter 'symbols' item 2 must be a string, got true",
                        "parameter 'weights' item 1 is 2.0, above the maximum 1");
    }

    @Test
    @DisplayName("names a required parameter that is missing, and a null that does not count as a value")
    void shouldNameMissingRequiredParameters() {
        assertThat(violations(new JsonObject())).containsExactly("parameter 'api_key' is required (a string)");
        assertThat(violations(new JsonObject().putNull("api_key")))
                .containsExactly("parameter 'api_key' is required (a string)");
    }

    @Test
    @DisplayName("reports every violation at once")
    void shouldReportEveryViolationAtOnce() {
        assertThat(violations(new JsonObject().put("x", 1).put("short_period", 0).put("enabled", 1))).hasSize(4);
    }

    @Test
    @DisplayName("checks the manifest's own defaults against their parameters")
    void shouldCheckDefaults() {
        Map<String, ParameterSpec> parameters = Map.of(
                "period", new ParameterSpec(ParameterType.INTEGER, 0, 1.0, 10.0, null, null, false),
                "names", new ParameterSpec(ParameterType.ARRAY, List.of("a", 1), null, null, ParameterType.STRING,
                        null, false));

        assertThat(ConfigValidator.checkDefaults(parameters)).containsExactlyInAnyOrder(
                "default of parameter 'period' is 0, below the minimum 1",
                "default of parameter 'names' item 1 must be a string, got 1");
        assertThat(ConfigValidator.checkDefaults(parameters())).isEmpty();
    }

    private static List<String> violations(JsonObject config) {
        ConfigValidator.Result result = ConfigValidator.validate(parameters(), config);
        assertThat(result.valid()).isEqualTo(result.violations().isEmpty());
        return result.violations();
    }
}
