package io.dto.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.ext.healthchecks.Status;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    @DisplayName("up with the ping's duration when the database answers")
    void shouldBeUpWhenPingSucceeds() {
        Status status = new DatabaseCheck(Future::succeededFuture).get().result();

        assertThat(status.isOk()).isTrue();
        assertThat(status.getData().getDouble("pingMillis")).isNotNegative();
    }

    @Test
    @DisplayName("down with the cause when the ping fails")
    void shouldBeDownWithCauseWhenPingFails() {
        Status status = new DatabaseCheck(() -> Future.failedFuture(new SQLException("connection refused"))).get()
                .result();

        assertThat(status.isOk()).isFalse();
        assertThat(status.getData().getString("error")).isEqualTo("connection refused");
    }
}
