package io.dto.gateway.persistence;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where orders, executions, positions, accounts and kill switches are kept. Every method returns at once; the
 * database is used on worker threads and the futures complete on the caller's context.
 */
public interface OrderRepository {

    /**
     * Creates the schema if needed, records a new run and loads what a restart resumes from.
     *
     * @param clientOrderIdsSince how far back idempotency keys are loaded
     */
    Future<RecoveredState> open(Instant clientOrderIdsSince);

    /** Commits the changes in one transaction; the future completes when they are durable. */
    Future<Void> save(ChangeSet changes);

    /** Orders matching the query, newest first. */
    Future<List<OrderRecord>> find(OrderQuery query);

    /** One order with its executions. */
    Future<Optional<StoredOrder>> findOrder(String orderId);

    /** Succeeds when the database answers a validity check within a second (for the health checks). */
    Future<Void> ping();

    /** Waits for pending writes and releases the database. */
    Future<Void> close();
}
