package io.dto.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.BrokerSessionStatus;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class HealthRegistryTest {

    @Test
    @DisplayName("readiness is down with the failing check's detail, and up again once the check is removed")
    void shouldReportEachCheck(Vertx vertx, VertxTestContext test) {
        HealthRegistry health = new HealthRegistry(vertx)
                .readiness("plugins", () -> Future.succeededFuture(Status.OK(new JsonObject().put("paper", "RUNNING"))))
                .readiness("broker-sessions", new SessionsCheck(() -> List.of(new BrokerSessionStatus("fix", "S1",
                        false, 1, 1, Instant.EPOCH, "logon refused"))))
                .readiness("throws", () -> {
                    throw new IllegalStateException("database unreachable");
                });
        health.readiness().checkStatus()
                .compose(result -> {
                    test.verify(() -> {
                        assertThat(result.getUp()).isFalse();
                        JsonObject json = result.toJson();
                        assertThat(json.getJsonArray("checks").encode())
                                .contains("\"id\":\"plugins\",\"status\":\"UP\"")
                                .contains("logon refused")
                                .contains("database unreachable");
                    });
                    health.unregister("broker-sessions");
                    health.unregister("throws");
                    return health.readiness().checkStatus();
                })
                .onComplete(test.succeeding(result -> test.verify(() -> {
                    assertThat(result.getUp()).isTrue();
                    test.completeNow();
                })));
    }
}
