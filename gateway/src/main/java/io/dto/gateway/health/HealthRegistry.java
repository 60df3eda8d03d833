package io.dto.gateway.health;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import java.util.function.Supplier;

/**
 * Where components register what {@code /health} (liveness: the process serves) and {@code /ready} (readiness: it
 * can trade) check. Each check has a name, answers with a {@link Status} and its detail, and is run on every request
 * with a time limit; a check that fails or runs out of time is down.
 *
 * <pre>{@code
 * health.readiness("database", () -> repository.ping().map(v -> Status.OK()));
 * }</pre>
 */
public final class HealthRegistry {

    /** How long a check may take before it counts as down. */
    public static final long CHECK_TIMEOUT_MILLIS = 2000;

    private final HealthChecks liveness;
    private final HealthChecks readiness;

    public HealthRegistry(Vertx vertx) {
        this.liveness = HealthChecks.create(vertx);
        this.readiness = HealthChecks.create(vertx);
    }

    /** Adds a liveness check: a failing one means the process should be restarted. */
    public HealthRegistry liveness(String name, Supplier<Future<Status>> check) {
        liveness.register(name, CHECK_TIMEOUT_MILLIS, promise -> run(check).onComplete(promise));
        return this;
    }

    /** Adds a readiness check: a failing one means the gateway should not be sent orders. */
    public HealthRegistry readiness(String name, Supplier<Future<Status>> check) {
        readiness.register(name, CHECK_TIMEOUT_MILLIS, promise -> run(check).onComplete(promise));
        return this;
    }

    /** Removes a check of either kind, for a component that goes away. */
    public void unregister(String name) {
        liveness.unregister(name);
        readiness.unregister(name);
    }

    public HealthChecks liveness() {
        return liveness;
    }

    public HealthChecks readiness() {
        return readiness;
    }

    private static Future<Status> run(Supplier<Future<Status>> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
