package io.dto.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.PluginMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MicrometerPluginMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerPluginMetrics metrics = new MicrometerPluginMetrics(registry, "fix");

    @Test
    @DisplayName("a tagged counter has a series per value, tagged with the plugin id")
    void shouldCountPerTagValue() {
        metrics.increment("messages.in", "msg_type", "heartbeat");
        metrics.increment("messages.in", "msg_type", "heartbeat");
        metrics.increment("messages.in", "msg_type", "logon");

        assertThat(count("heartbeat")).isEqualTo(2);
        assertThat(count("logon")).isEqualTo(1);
    }

    @Test
    @DisplayName("values beyond the bound count as _other, so a tag cannot flood the registry")
    void shouldBoundTagValues() {
        for (int i = 0; i < PluginMetrics.MAX_TAG_VALUES + 5; i++) {
            metrics.increment("messages.in", "msg_type", "t" + i);
        }
        metrics.increment("messages.in", "msg_type", "t0");

        assertThat(registry.find("gateway.plugin.custom.messages.in").counters())
                .hasSize(PluginMetrics.MAX_TAG_VALUES + 1);
        assertThat(count("_other")).isEqualTo(5);
        assertThat(count("t0")).isEqualTo(2);
    }

    @Test
    @DisplayName("the tag must be lower case and may not pose as the plugin id")
    void shouldRefuseBadTags() {
        assertThatThrownBy(() -> metrics.increment("messages.in", "plugin", "other"))
                .hasMessageContaining("not 'plugin'");
        assertThatThrownBy(() -> metrics.increment("messages.in", "MsgType", "8"))
                .hasMessageContaining("lower case");
    }

    private double count(String msgType) {
        return registry.get("gateway.plugin.custom.messages.in").tags("plugin", "fix", "msg_type", msgType)
                .counter().count();
    }
}
