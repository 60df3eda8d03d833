package io.dto.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.config.SecurityConfig.UntrustedPolicy;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecurityConfigTest {

    @Test
    @DisplayName("without a plugins.security block: warn, key folder config/keys, default supervision")
    void shouldDefault() {
        List<String> problems = new ArrayList<>();
        SecurityConfig config = SecurityConfig.from(new JsonObject(), problems);

        assertThat(problems).isEmpty();
        assertThat(config.untrusted()).isEqualTo(UntrustedPolicy.WARN);
        assertThat(config.keysFolder()).hasToString("config/keys");
        assertThat(config.supervision()).isEqualTo(SecurityConfig.Supervision.DEFAULT);
        assertThat(config.scanWaivers("any")).isEmpty();
    }

    @Test
    @DisplayName("reads keys, policy, placements, waivers and supervision")
    void shouldReadEveryKey() {
        List<String> problems = new ArrayList<>();
        SecurityConfig config = SecurityConfig.from(new JsonObject("""
                {"security": {"trusted_keys": {"acme": "KEY"}, "untrusted": "isolate",
                              "scan_waivers": {"fix-sim": ["quickfix.MessageCracker"]}},
                 "isolation": {"x": "process", "y": "thread"},
                 "supervision": {"blocked_ms": 500, "max_restarts": 1}}"""), problems);

        assertThat(problems).isEmpty();
        assertThat(config.trustedKeys()).containsEntry("acme", "KEY");
        assertThat(config.untrusted()).isEqualTo(UntrustedPolicy.ISOLATE);
        assertThat(config.isolation()).containsEntry("x", Isolation.PROCESS).containsEntry("y", Isolation.THREAD);
        assertThat(config.scanWaivers("fix-sim")).containsExactly("quickfix.MessageCracker");
        assertThat(config.supervision().blockedMillis()).isEqualTo(500);
        assertThat(config.supervision().maxRestarts()).isEqualTo(1);
        assertThat(config.supervision().maxErrorsPerMinute()).isEqualTo(60);
    }

    @Test
    @DisplayName("each wrong value is named by its key, with what it may be")
    void shouldNameEachProblem() {
        List<String> problems = new ArrayList<>();
        SecurityConfig.from(new JsonObject("""
                {"security": {"trusted_keys": {"acme": 5}, "untrusted": "maybe", "scan_waivers": {"a": "b"}},
                 "isolation": {"x": "vm"},
                 "supervision": {"blocked_ms": -1}}"""), problems);

        assertThat(problems).containsExactlyInAnyOrder(
                "plugins.security.trusted_keys.acme must be a Base64 public key (as 'bin/gateway keys generate' "
                        + "prints it)",
                "plugins.security.untrusted must be one of [refuse, isolate, warn], got 'maybe'",
                "plugins.isolation.x must be one of [event_loop, thread, process], got 'vm'",
                "plugins.security.scan_waivers.a must be a list of class names or package prefixes",
                "plugins.supervision.blocked_ms must be a positive whole number, got -1");
    }
}
