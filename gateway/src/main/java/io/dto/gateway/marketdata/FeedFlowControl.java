package io.dto.gateway.marketdata;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The gateway-wide link between subscribers whose buffers are congested (policy {@code pause}) and the data
 * providers that feed them. While any subscriber is congested, a provider's sink answers {@code PAUSE} and parks a
 * resume callback here; when the last congested subscriber has drained, every parked callback runs once.
 *
 * <p>Threading: subscribers and providers live on different event loops; the state is a concurrent set and queue.
 * A callback parked just as the congestion clears is released by the re-check in {@link #pauseIfCongested}.
 */
public final class FeedFlowControl {

    private final Set<String> congested = ConcurrentHashMap.newKeySet();
    private final Queue<Runnable> parked = new ConcurrentLinkedQueue<>();

    /** A {@link SubscriberBuffer.Congestion} that reports the named subscriber here. */
    public SubscriberBuffer.Congestion forSubscriber(String subscriber) {
        return new SubscriberBuffer.Congestion() {
            @Override
            public void congested() {
                congested.add(subscriber);
            }

            @Override
            public void relieved() {
                congested.remove(subscriber);
                releaseIfClear();
            }
        };
    }

    /**
     * Whether the source must pause; if so, {@code resume} runs once when the congestion clears (possibly at once,
     * on the calling thread, if it cleared meanwhile).
     */
    public boolean pauseIfCongested(Runnable resume) {
        if (congested.isEmpty()) {
            return false;
        }
        parked.add(resume);
        releaseIfClear();
        return true;
    }

    /** The subscribers congested now. */
    public Set<String> congestedSubscribers() {
        return Set.copyOf(congested);
    }

    /** Forgets a subscriber that went away while congested (a plugin unloaded mid-burst). */
    public void remove(String subscriber) {
        congested.remove(subscriber);
        releaseIfClear();
    }

    private void releaseIfClear() {
        while (congested.isEmpty()) {
            Runnable resume = parked.poll();
            if (resume == null) {
                return;
            }
            resume.run();
        }
    }
}
