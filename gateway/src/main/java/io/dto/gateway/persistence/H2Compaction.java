package io.dto.gateway.persistence;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded H2 file from growing without bound. Each commit writes a new chunk of the file, and the chunks
 * before it keep a few live pages each, so their space is never reused until those pages are rewritten. H2's
 * background writer does that rewriting, but it only runs with a write delay, and the gateway runs H2 with
 * {@code WRITE_DELAY=0} so that a commit is in the file before it returns. Without this, the file grew by about
 * 20 KB per commit for good: 1.2 GB after 28,000 orders. This does the background writer's compaction: every
 * interval, on its own thread, it rewrites the live pages of chunks that are older than H2's retention time and
 * less than {@link #TARGET_FILL_PERCENT} full, a bounded amount per call, so that their space is reused.
 */
final class H2Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);

    /** Chunks less full than this are rewritten (H2's own background writer aims at 90 when the file is idle). */
    private static final int TARGET_FILL_PERCENT = 50;
    /** How much one call may rewrite; calls repeat until nothing is left to do or the pass's time is up. */
    private static final int WRITE_LIMIT_BYTES = 16 << 20;
    private static final long PASS_BUDGET_NANOS = 200_000_000L;

    private final Vertx vertx;
    private final MVStore store;
    private final WorkerExecutor thread;
    private final long timer;
    private boolean running;

    /** Compacts {@code store} every interval; create on the context that uses the repository (its timer runs there). */
    H2Compaction(Vertx vertx, MVStore store, long intervalMillis) {
        this.vertx = vertx;
        this.store = store;
        this.thread = vertx.createSharedWorkerExecutor("dto-db-compaction", 1);
        this.timer = vertx.setPeriodic(intervalMillis, id -> {
            if (!running) {
                compact();
            }
        });
    }

    /** The H2 file store behind {@code connection}, or {@code null} for an in-memory H2 or another database. */
    static MVStore fileStoreOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }

    /** One pass; completes when it is done. Passes never overlap. */
    Future<Integer> compact() {
        running = true;
        return thread.executeBlocking(this::rewrite, true).onComplete(ar -> running = false)
                .onFailure(e -> LOG.warn("compacting the order store failed (it is retried): {}", e.toString()));
    }

    /** @return how many rewrites the pass made */
    private int rewrite() {
        long deadline = System.nanoTime() + PASS_BUDGET_NANOS;
        int rewrites = 0;
        while (!store.isClosed() && store.compact(TARGET_FILL_PERCENT, WRITE_LIMIT_BYTES)) {
            rewrites++;
            if (System.nanoTime() - deadline > 0) {
                break;
            }
        }
        return rewrites;
    }

    /** Stops the timer and waits for a pass under way; call before the database is closed. */
    Future<Void> close() {
        vertx.cancelTimer(timer);
        return thread.<Void>executeBlocking(() -> null, true).eventually(thread::close);
    }
}
