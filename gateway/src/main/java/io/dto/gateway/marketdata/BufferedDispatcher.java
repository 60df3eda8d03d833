package io.dto.gateway.marketdata;

import io.vertx.core.Context;
import io.vertx.core.Handler;

/**
 * Puts a {@link SubscriberBuffer} between the event bus and a subscriber's handler: arrivals are buffered, and a
 * drain task on the subscriber's context hands at most {@code batch} updates to the handler per event-loop turn,
 * then yields, so bus deliveries queued meanwhile are buffered (or dropped by the policy) before the next batch.
 * A slow subscriber therefore fills its own buffer instead of an unbounded event-loop queue.
 *
 * <p>Threading: every method runs on the subscriber's context.
 *
 * @param <T> the update
 */
public final class BufferedDispatcher<T> implements Handler<T> {

    private final Context context;
    private final SubscriberBuffer<T> buffer;
    private final Handler<T> handler;
    private final int batch;
    private boolean draining;

    public BufferedDispatcher(Context context, SubscriberBuffer<T> buffer, Handler<T> handler, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("drain batch must be at least 1, got " + batch);
        }
        this.context = context;
        this.buffer = buffer;
        this.handler = handler;
        this.batch = batch;
    }

    @Override
    public void handle(T update) {
        buffer.offer(update);
        if (!draining) {
            draining = true;
            context.runOnContext(v -> drain());
        }
    }

    public SubscriberBuffer<T> buffer() {
        return buffer;
    }

    private void drain() {
        for (int i = 0; i < batch; i++) {
            T update = buffer.poll();
            if (update == null) {
                draining = false;
                return;
            }
            handler.handle(update);
        }
        context.runOnContext(v -> drain());
    }
}
