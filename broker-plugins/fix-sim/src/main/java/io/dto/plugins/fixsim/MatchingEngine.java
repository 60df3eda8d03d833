package io.dto.plugins.fixsim;

import io.dto.plugins.fixsim.book.BookSnapshot;
import io.dto.plugins.fixsim.book.OrderBook;
import java.math.BigDecimal;
import java.time.InstantSource;
import io.dto.plugins.fixsim.book.OrderView;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import quickfix.SessionID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The books, the counterparty orders and the liquidity provider, all confined to one engine thread.
 *
 * <p>Why one thread rather than a lock per book: requests arrive on QuickFIX/J's threads, reference quotes on
 * Vert.x threads, and one request makes reports for several sessions (both sides of a trade). Running every
 * operation, report sending included, on a single thread keeps each order's reports in the order the book produced
 * them, and the engine never holds a lock while QuickFIX/J takes its session locks to send, so no lock-ordering
 * deadlock is possible. A simulator's volumes fit one thread easily.
 */
final class MatchingEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingEngine.class);
    private static final long DRAIN_TIMEOUT_SECONDS = 10;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "fix-sim-engine");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, OrderBook> books = new LinkedHashMap<>();
    private final OrderDesk desk;
    private final LiquidityProvider liquidity;

    MatchingEngine(Collection<String> symbols, LiquidityConfig liquidity, InstantSource clock,
            Consumer<VenueReport> reports) {
        symbols.forEach(symbol -> books.put(symbol, new OrderBook(symbol)));
        this.desk = new OrderDesk(books, new IdGenerator(clock.instant()), clock, reports);
        this.liquidity = new LiquidityProvider(liquidity);
    }

    /** Handles a counterparty request on the engine thread; {@code onFailure} hears of a bug while doing so. */
    void submit(ClientRequest request, Consumer<RuntimeException> onFailure) {
        run(() -> {
            try {
                dispatch(request);
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        });
    }

    /** Moves the liquidity provider's quotes in {@code symbol}'s book; ignored for a symbol the venue lacks. */
    void onReferenceQuote(String symbol, BigDecimal bid, BigDecimal ask) {
        run(() -> {
            OrderBook book = books.get(symbol);
            if (book != null) {
                desk.apply(liquidity.refresh(book, bid, ask));
            }
        });
    }

    CompletableFuture<BookSnapshot> snapshot(String symbol, int depth) {
        return call(() -> {
            OrderBook book = books.get(symbol);
            if (book == null) {
                throw new IllegalArgumentException("unknown symbol " + symbol + "; this venue trades "
                        + books.keySet());
            }
            return book.snapshot(depth);
        });
    }

    CompletableFuture<VenueStats> stats() {
        return call(() -> {
            Map<String, Integer> byStatus = new TreeMap<>();
            desk.ordersByStatus().forEach((status, n) -> byStatus.put(status.name(), n));
            Map<String, Integer> live = new LinkedHashMap<>();
            books.forEach((symbol, book) -> live.put(symbol, book.liveOrders()));
            return new VenueStats(desk.ordersSeen(), byStatus, live);
        });
    }

    /** What the venue holds for these ClOrdIDs of one session; unknown ones are absent. */
    CompletableFuture<Map<String, OrderView>> orders(SessionID session, Collection<String> clOrdIds) {
        return call(() -> {
            Map<String, OrderView> found = new LinkedHashMap<>();
            clOrdIds.forEach(id -> desk.find(session, id).ifPresent(view -> found.put(id, view)));
            return found;
        });
    }

    /** Waits until the engine has done everything queued before this call, reports included. */
    void drain() throws InterruptedException {
        try {
            call(() -> null).get(DRAIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("fix-sim engine did not work off its queue within "
                    + DRAIN_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Cancels every order (reporting counterparty ones), forgets all orders and quotes. */
    CompletableFuture<Void> reset() {
        return call(() -> {
            desk.reset();
            liquidity.forgetAll();
            return null;
        });
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("fix-sim engine did not finish its queue within 5 s; dropping the rest");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(ClientRequest request) {
        if (request instanceof ClientRequest.NewOrder r) {
            desk.onNewOrder(r);
        } else if (request instanceof ClientRequest.Cancel r) {
            desk.onCancel(r);
        } else if (request instanceof ClientRequest.Replace r) {
            desk.onReplace(r);
        } else if (request instanceof ClientRequest.Status r) {
            desk.onStatus(r);
        } else if (request instanceof ClientRequest.MassStatus r) {
            desk.onMassStatus(r);
        }
    }

    /** Queues work for the engine thread; once the engine is closed, work still arriving is dropped. */
    private void run(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("fix-sim engine is closed; dropping late work", closed);
        }
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, thread);
    }
}
