package io.dto.gateway.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/** A gateway configuration for tests: port 0, an empty plugin folder, its own H2 file, one broker "test". */
public final class GatewayFixture {

    public static final String TOKEN = "test-token";

    private GatewayFixture() {
    }

    public static JsonObject config(Path dir) {
        return new JsonObject()
                .put("gateway", new JsonObject().put("http", new JsonObject().put("port", 0)).put("api_token", TOKEN))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add(dir.resolve("plugins").toString())))
                .put("orders", new JsonObject().put("default_broker", "test").put("default_account", "T1")
                        .put("symbols", new JsonArray().add("AAPL").add("MSFT")).put("broker_timeout_ms", 1000))
                .put("brokers", new JsonObject().put("test", new JsonObject()))
                .put("risk", new JsonObject().put("max_notional", 100000).put("duplicate_window_ms", 200))
                .put("persistence", new JsonObject().put("jdbc_url", "jdbc:h2:file:" + dir.resolve("db")
                        .toAbsolutePath() + ";WRITE_DELAY=0;FILE_LOCK=FS"));
    }
}
