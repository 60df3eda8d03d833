package io.dto.gateway.cli;

import io.dto.gateway.config.ConfigLoader;
import io.dto.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads the gateway configuration for a command that starts no gateway. */
final class CliConfig {

    private CliConfig() {
    }

    static GatewayConfig load(Path file) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            return new ConfigLoader(vertx, System.getenv()).load(file, null)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            vertx.close();
        }
    }
}
