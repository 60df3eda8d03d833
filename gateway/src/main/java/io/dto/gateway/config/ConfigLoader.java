package io.dto.gateway.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads {@code gateway.yaml} with Vert.x Config and applies environment overrides:
 * {@code GATEWAY_HTTP_PORT} and {@code GATEWAY_API_TOKEN}, and generally {@code DTO_<A>__<B>__<C>=value} for the
 * key {@code a.b.c} (lower-cased; a value that parses as JSON is taken as JSON, so lists and numbers work).
 */
public final class ConfigLoader {

    private final Vertx vertx;
    private final Map<String, String> environment;

    public ConfigLoader(Vertx vertx, Map<String, String> environment) {
        this.vertx = vertx;
        this.environment = environment;
    }

    public Future<GatewayConfig> load(Path file, Integer portOverride) {
        if (!Files.isRegularFile(file)) {
            return Future.failedFuture(new IllegalArgumentException("configuration file " + file.toAbsolutePath()
                    + " does not exist (give another with --config FILE)"));
        }
        ConfigStoreOptions yaml = new ConfigStoreOptions()
                .setType("file")
                .setFormat("yaml")
                .setConfig(new JsonObject().put("path", file.toAbsolutePath().toString()));
        ConfigRetriever retriever = ConfigRetriever.create(vertx, new ConfigRetrieverOptions()
                .setScanPeriod(-1)
                .addStore(yaml));
        return retriever.getConfig()
                .eventually(retriever::close)
                .map(json -> EnvironmentOverrides.apply(json, environment, portOverride))
                .map(GatewayConfig::from);
    }
}
