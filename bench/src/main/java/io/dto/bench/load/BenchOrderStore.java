package io.dto.bench.load;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * The {@code persistence} section of a benchmark's gateway: an H2 order store in the benchmark's own temporary
 * folder, never {@code ./data/gateway}, which {@code bin/gateway run} uses.
 */
public final class BenchOrderStore {

    private BenchOrderStore() {
    }

    public static JsonObject in(Path folder) {
        return new JsonObject().put("jdbc_url", "jdbc:h2:file:" + folder.resolve("order-store").toAbsolutePath()
                + ";WRITE_DELAY=0;FILE_LOCK=FS");
    }
}
