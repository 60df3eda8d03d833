package io.dto.systemtest;

import io.dto.api.Addresses;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Instant;
import java.util.Arrays;

/**
 * Drives tick-echo one tick at a time: a tick on {@code md.tick.AAPL}, the signal it answers with on
 * {@code signal.tick-echo}, and the time between them.
 */
final class RoundTrips {

    private final Vertx vertx;
    private final MessageConsumer<Signal> signals;
    private Promise<Void> awaited;
    private long awaitedSeq;

    private RoundTrips(Vertx vertx) {
        this.vertx = vertx;
        this.signals = vertx.eventBus().consumer(Addresses.signal("tick-echo"), m -> {
            Object seq = m.body().metadata().get("seq");
            if (awaited != null && seq instanceof Number n && n.longValue() == awaitedSeq) {
                awaited.tryComplete();
            }
        });
    }

    static Future<RoundTrips> open(Vertx vertx) {
        RoundTrips trips = new RoundTrips(vertx);
        return trips.signals.completion().map(trips);
    }

    /** One tick with {@code seq} as its size; completes when the signal for it arrives. */
    Future<Void> once(long seq) {
        awaited = Promise.promise();
        awaitedSeq = seq;
        vertx.eventBus().publish(Addresses.tick("AAPL"), new Tick("AAPL", Instant.now(), 100.0, seq, null));
        return awaited.future();
    }

    /** Sends ticks until one is answered (a plugin may not have subscribed yet), for at most {@code tries}. */
    Future<Void> firstAnswer(long seq, int tries) {
        return once(seq).timeout(500, java.util.concurrent.TimeUnit.MILLISECONDS)
                .recover(e -> tries <= 1 ? Future.failedFuture(e) : firstAnswer(seq + 1, tries - 1));
    }

    /** {@code count} sequential round trips; completes with their latencies in microseconds, sorted. */
    Future<long[]> measure(int count, long firstSeq) {
        long[] micros = new long[count];
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < count; i++) {
            int index = i;
            chain = chain.compose(v -> {
                long start = System.nanoTime();
                return once(firstSeq + index).onSuccess(ok -> micros[index] = (System.nanoTime() - start) / 1000);
            });
        }
        return chain.map(v -> {
            Arrays.sort(micros);
            return micros;
        });
    }

    Future<Void> close() {
        return signals.unregister();
    }
}
