package io.dto.gateway.health;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import java.util.function.Supplier;

/**
 * The order store is reachable: up when its ping succeeds, with the time it took; down with the cause otherwise.
 * The ping runs on the store's reader thread, so a check never blocks an event loop.
 */
public final class DatabaseCheck implements Supplier<Future<Status>> {

    private final Supplier<Future<Void>> ping;

    /** @param ping a round trip to the database, such as {@code repository::ping} */
    public DatabaseCheck(Supplier<Future<Void>> ping) {
        this.ping = ping;
    }

    @Override
    public Future<Status> get() {
        long started = System.nanoTime();
        return ping.get()
                .map(v -> Status.OK(new JsonObject().put("pingMillis", (System.nanoTime() - started) / 1e6)))
                .otherwise(e -> Status.KO(new JsonObject().put("error", String.valueOf(e.getMessage()))));
    }
}
