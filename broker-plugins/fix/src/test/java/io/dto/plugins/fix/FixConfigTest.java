package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FixConfig")
class FixConfigTest {

    @Test
    @DisplayName("defaults point at the fix-sim settings file, a 5 s resend limit and per-order reconciliation")
    void shouldApplyDefaults() {
        FixConfig config = FixConfig.from(new JsonObject());

        assertThat(config.settingsFile()).isEqualTo(Path.of("config/quickfixj/fix-sim-initiator.cfg"));
        assertThat(config.resendMaxAge()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.massStatus()).isFalse();
        assertThat(config.cancelOnDisconnect()).isFalse();
        assertThat(config.statusInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.account()).isEmpty();
    }

    @Test
    @DisplayName("reads every key")
    void shouldReadKeys() {
        FixConfig config = FixConfig.from(new JsonObject().put("settings_file", "my.cfg")
                .put("resend_max_age_ms", 250).put("mass_status", true).put("cancel_on_disconnect", true)
                .put("status_interval_ms", 500).put("account", "ACC-1"));

        assertThat(config.settingsFile()).isEqualTo(Path.of("my.cfg"));
        assertThat(config.resendMaxAge()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.massStatus()).isTrue();
        assertThat(config.cancelOnDisconnect()).isTrue();
        assertThat(config.statusInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.account()).isEqualTo(Optional.of("ACC-1"));
    }

    @Test
    @DisplayName("refuses values that make no sense, naming the key")
    void shouldRefuseBadValues() {
        assertThatThrownBy(() -> FixConfig.from(new JsonObject().put("settings_file", " ")))
                .hasMessageContaining("settings_file");
        assertThatThrownBy(() -> FixConfig.from(new JsonObject().put("resend_max_age_ms", -1)))
                .hasMessageContaining("resend_max_age_ms");
        assertThatThrownBy(() -> FixConfig.from(new JsonObject().put("status_interval_ms", 10)))
                .hasMessageContaining("status_interval_ms");
    }
}
