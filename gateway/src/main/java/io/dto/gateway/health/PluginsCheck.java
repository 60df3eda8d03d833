package io.dto.gateway.health;

import io.dto.api.PluginState;
import io.dto.gateway.plugin.PluginRecord;
import io.dto.gateway.plugin.PluginRegistry;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Readiness of the plugins: up once start-up deployed them and every deployed plugin runs. Plugins that were
 * rejected or disabled never ran and do not hold readiness back; the detail lists every plugin's state.
 */
public final class PluginsCheck implements Supplier<Future<Status>> {

    private static final Set<PluginState> NOT_RUNNING = EnumSet.of(PluginState.FAILED, PluginState.INITIALIZING,
            PluginState.LOADED, PluginState.RESTARTING, PluginState.QUARANTINED);

    private final PluginRegistry registry;
    private final BooleanSupplier started;

    /** @param started whether start-up has deployed the plugins */
    public PluginsCheck(PluginRegistry registry, BooleanSupplier started) {
        this.registry = registry;
        this.started = started;
    }

    @Override
    public Future<Status> get() {
        JsonObject detail = new JsonObject();
        JsonArray notRunning = new JsonArray();
        for (PluginRecord record : registry.all()) {
            detail.put(record.id(), record.state().name());
            if (NOT_RUNNING.contains(record.state())) {
                notRunning.add(record.id());
            }
        }
        if (!started.getAsBoolean()) {
            return Future.succeededFuture(Status.KO(detail.put("reason", "plugins are still starting")));
        }
        return Future.succeededFuture(notRunning.isEmpty() ? Status.OK(detail)
                : Status.KO(detail.put("notRunning", notRunning)));
    }
}
