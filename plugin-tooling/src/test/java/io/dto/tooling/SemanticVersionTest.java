package io.dto.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SemanticVersion")
class SemanticVersionTest {

    @Test
    @DisplayName("parses MAJOR.MINOR.PATCH with an optional pre-release")
    void shouldParse() {
        assertThat(SemanticVersion.parse("1.2.3")).isEqualTo(new SemanticVersion(1, 2, 3, null));
        assertThat(SemanticVersion.parse(" 10.0.7-rc.1 ")).isEqualTo(new SemanticVersion(10, 0, 7, "rc.1"));
        assertThat(SemanticVersion.parse("2.0.0-beta").toString()).isEqualTo("2.0.0-beta");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("refuses what is not a semantic version")
    @ValueSource(strings = {"1.0", "1", "v1.0.0", "1.0.0.0", "01.0.0", "1.0.x", ""})
    void shouldRefuseInvalidVersions(String text) {
        assertThatThrownBy(() -> SemanticVersion.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a semantic version (MAJOR.MINOR.PATCH)");
    }

    @ParameterizedTest(name = "{0} < {1}")
    @DisplayName("orders by major, minor, patch, and a pre-release before its release")
    @CsvSource({"1.0.0, 1.0.1", "1.0.9, 1.1.0", "1.9.9, 2.0.0", "1.10.0, 1.11.0", "2.0.0-alpha, 2.0.0",
            "2.0.0-alpha, 2.0.0-beta"})
    void shouldOrder(String lower, String higher) {
        assertThat(SemanticVersion.parse(lower)).isLessThan(SemanticVersion.parse(higher));
        assertThat(SemanticVersion.parse(higher)).isGreaterThan(SemanticVersion.parse(lower));
    }

    @ParameterizedTest(name = "{0} within [1.0.0, 2.0.0): {1}")
    @DisplayName("admits the guide's range 1.0.0 <= v < 2.0.0")
    @CsvSource({"0.9.9, false", "1.0.0-rc.1, false", "1.0.0, true", "1.5.3, true", "1.99.99, true",
            "2.0.0-alpha, true", "2.0.0, false", "2.0.1, false"})
    void shouldCheckTheGuidesRange(String version, boolean within) {
        assertThat(SemanticVersion.parse(version).within("1.0.0", "2.0.0")).isEqualTo(within);
    }

    @Test
    @DisplayName("has no upper bound without a max")
    void shouldHaveNoUpperBoundWithoutMax() {
        assertThat(SemanticVersion.parse("99.0.0").within("1.0.0", null)).isTrue();
        assertThat(SemanticVersion.parse("0.1.0").within("1.0.0", null)).isFalse();
    }
}
