package io.dto.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiOnlyClassLoaderTest {

    private final ApiOnlyClassLoader loader = new ApiOnlyClassLoader(getClass().getClassLoader());

    @Test
    @DisplayName("the JDK, plugin-api, the Vert.x core API and slf4j are visible, as the gateway's own classes")
    void shouldShowApiClasses() throws ClassNotFoundException {
        assertThat(loader.loadClass("io.dto.api.Plugin")).isSameAs(io.dto.api.Plugin.class);
        assertThat(loader.loadClass("io.vertx.core.Future")).isSameAs(io.vertx.core.Future.class);
        assertThat(loader.loadClass("org.slf4j.Logger")).isSameAs(org.slf4j.Logger.class);
        assertThat(loader.loadClass("java.sql.Connection")).isSameAs(java.sql.Connection.class);
    }

    @Test
    @DisplayName("gateway internals, Vert.x internals and the gateway's libraries are not")
    void shouldHideEverythingElse() {
        for (String hidden : new String[] {"io.dto.gateway.Gateway", "io.vertx.core.impl.VertxImpl",
                "io.vertx.ext.web.Router", "io.netty.channel.Channel", "io.micrometer.core.instrument.MeterRegistry",
                "com.fasterxml.jackson.core.JsonFactory"}) {
            assertThatThrownBy(() -> loader.loadClass(hidden)).as(hidden)
                    .isInstanceOf(ClassNotFoundException.class)
                    .hasMessageContaining("is not visible to plugins");
        }
        assertThat(loader.getResource("io/dto/gateway/platform.properties")).isNull();
    }
}
