package io.dto.gateway.marketdata;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's bounded queue of market-data updates: a ring of fixed capacity with an {@link OverflowPolicy}.
 * Under {@link OverflowPolicy#PAUSE} it reports congestion when it reaches its high-water mark (three quarters) and
 * relief when it has drained to its low-water mark (a quarter), so sources pause and resume with hysteresis.
 *
 * <p>Threading: {@link #offer} and {@link #poll} are called on the subscriber's event loop only, so the ring needs
 * no lock; {@link #dropped()} and {@link #size()} may be read from any thread.
 *
 * @param <T> the buffered update
 */
public final class SubscriberBuffer<T> {

    /** Told when a {@link OverflowPolicy#PAUSE} buffer crosses its marks. */
    public interface Congestion {
        void congested();

        void relieved();
    }

    private final Object[] ring;
    private final OverflowPolicy policy;
    private final Congestion congestion;
    private final int highWater;
    private final int lowWater;
    private final AtomicLong dropped = new AtomicLong();
    private int head;
    private volatile int size;
    private boolean congested;

    public SubscriberBuffer(int capacity, OverflowPolicy policy, Congestion congestion) {
        if (capacity < 4) {
            throw new IllegalArgumentException("a subscriber buffer holds at least 4 updates, got " + capacity);
        }
        this.ring = new Object[capacity];
        this.policy = policy;
        this.congestion = congestion;
        this.highWater = capacity - capacity / 4;
        this.lowWater = capacity / 4;
    }

    /** Buffers an update, applying the policy when full; false when the update itself was dropped. */
    public boolean offer(T update) {
        if (size == ring.length) {
            dropped.incrementAndGet();
            if (policy != OverflowPolicy.DROP_OLDEST) {
                return false;
            }
            head = (head + 1) % ring.length;
            size--;
        }
        ring[(head + size) % ring.length] = update;
        size++;
        if (policy == OverflowPolicy.PAUSE && !congested && size >= highWater) {
            congested = true;
            congestion.congested();
        }
        return true;
    }

    /** The oldest buffered update, or {@code null} when empty. */
    @SuppressWarnings("unchecked")
    public T poll() {
        if (size == 0) {
            return null;
        }
        T update = (T) ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        if (congested && size <= lowWater) {
            congested = false;
            congestion.relieved();
        }
        return update;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    public OverflowPolicy policy() {
        return policy;
    }

    /** Updates dropped by the policy since the buffer was made. */
    public long dropped() {
        return dropped.get();
    }
}
