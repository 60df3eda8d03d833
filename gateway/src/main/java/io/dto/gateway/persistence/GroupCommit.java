package io.dto.gateway.persistence;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches writes: change sets that arrive while a commit runs go together into the next one, so a burst of orders
 * costs a few commits, not one each. Commits run one after another on a single worker thread, in arrival order.
 * {@link #submit} is called from one Vert.x context; the futures complete on it.
 */
final class GroupCommit {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending(ChangeSet changes, Promise<Void> done) {
    }

    private final WorkerExecutor worker;
    private final JdbcWriter writer;
    private List<Pending> pending = new ArrayList<>();
    private boolean committing;
    private Promise<Void> idle;

    GroupCommit(WorkerExecutor worker, JdbcWriter writer) {
        this.worker = worker;
        this.writer = writer;
    }

    Future<Void> submit(ChangeSet changes) {
        Promise<Void> done = Promise.promise();
        pending.add(new Pending(changes, done));
        if (!committing) {
            commitPending();
        }
        return done.future();
    }

    /** Completes when every submitted change set has been committed or has failed. */
    Future<Void> drained() {
        if (!committing && pending.isEmpty()) {
            return Future.succeededFuture();
        }
        if (idle == null) {
            idle = Promise.promise();
        }
        return idle.future();
    }

    private void commitPending() {
        committing = true;
        List<Pending> batch = pending;
        pending = new ArrayList<>();
        worker.executeBlocking(() -> commit(batch), true).onComplete(ar -> {
            for (int i = 0; i < batch.size(); i++) {
                Throwable failure = ar.failed() ? ar.cause() : ar.result().get(i);
                if (failure == null) {
                    batch.get(i).done().complete();
                } else {
                    batch.get(i).done().fail(failure);
                }
            }
            committing = false;
            if (!pending.isEmpty()) {
                commitPending();
            } else if (idle != null) {
                Promise<Void> waiting = idle;
                idle = null;
                waiting.complete();
            }
        });
    }

    /**
     * One transaction for the batch; if it fails, each change set alone, so one bad row sinks only itself. Runs on
     * the worker; the promises are completed back on the caller's context.
     *
     * @return per change set, {@code null} when committed or the failure
     */
    private List<Throwable> commit(List<Pending> batch) {
        List<Throwable> outcome = new ArrayList<>(batch.size());
        try {
            writer.commit(batch.stream().map(Pending::changes).toList());
            batch.forEach(p -> outcome.add(null));
            return outcome;
        } catch (Exception batchFailure) {
            if (batch.size() == 1) {
                LOG.error("commit failed: {}", batchFailure.getMessage());
                outcome.add(batchFailure);
                return outcome;
            }
        }
        for (Pending one : batch) {
            try {
                writer.commit(List.of(one.changes()));
                outcome.add(null);
            } catch (Exception e) {
                LOG.error("commit failed: {}", e.getMessage());
                outcome.add(e);
            }
        }
        return outcome;
    }
}
