package io.dto.gateway.health;

import io.dto.api.PluginState;
import io.dto.api.PluginType;
import io.dto.gateway.plugin.PluginRecord;
import io.dto.gateway.plugin.PluginRegistry;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Readiness of the data feeds: up while every running data provider has published within {@link #STALE_AFTER}. */
public final class FeedsCheck implements Supplier<Future<Status>> {

    /** A running feed silent for longer than this is stale. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final PluginRegistry registry;
    private final Function<String, Optional<Duration>> sinceLastUpdate;

    /** @param sinceLastUpdate the time since a feed's last update, empty when it has sent none */
    public FeedsCheck(PluginRegistry registry, Function<String, Optional<Duration>> sinceLastUpdate) {
        this.registry = registry;
        this.sinceLastUpdate = sinceLastUpdate;
    }

    @Override
    public Future<Status> get() {
        JsonObject detail = new JsonObject();
        boolean live = true;
        for (PluginRecord record : registry.all()) {
            if (record.type() != PluginType.DATA_PROVIDER || record.state() != PluginState.RUNNING) {
                continue;
            }
            Optional<Duration> silent = sinceLastUpdate.apply(record.id());
            boolean fresh = silent.map(d -> d.compareTo(STALE_AFTER) <= 0).orElse(false);
            detail.put(record.id(), new JsonObject().put("live", fresh)
                    .put("secondsSinceLastUpdate", silent.map(d -> d.toMillis() / 1000.0).orElse(null)));
            live &= fresh;
        }
        return Future.succeededFuture(live ? Status.OK(detail) : Status.KO(detail));
    }
}
