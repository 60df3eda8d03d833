package io.dto.gateway.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class BufferedDispatcherTest {

    @Test
    @DisplayName("a burst larger than the buffer reaches a subscriber in batches; drop_oldest keeps the newest")
    void shouldDeliverNewestOfBurstInOrder(Vertx vertx, VertxTestContext test) throws Exception {
        Context context = vertx.getOrCreateContext();
        List<Integer> seen = new ArrayList<>();
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(100, OverflowPolicy.DROP_OLDEST,
                new FeedFlowControl().forSubscriber("s"));
        BufferedDispatcher<Integer> dispatcher = new BufferedDispatcher<>(context, buffer, update -> {
            seen.add(update);
            if (update == 999) {
                test.verify(() -> {
                    assertThat(seen).hasSize(100).isSorted().startsWith(900);
                    assertThat(buffer.dropped()).isEqualTo(900);
                });
                test.completeNow();
            }
        }, 10);
        context.runOnContext(v -> {
            for (int i = 0; i < 1000; i++) {
                dispatcher.handle(i);
            }
        });
        assertThat(test.awaitCompletion(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("a subscriber that keeps up loses nothing: arrivals interleave with drain batches")
    void shouldLoseNothingWhenSubscriberKeepsUp(Vertx vertx, VertxTestContext test) throws Exception {
        Context context = vertx.getOrCreateContext();
        List<Integer> seen = new ArrayList<>();
        SubscriberBuffer<Integer> buffer = new SubscriberBuffer<>(8, OverflowPolicy.DROP_NEWEST,
                new FeedFlowControl().forSubscriber("s"));
        BufferedDispatcher<Integer> dispatcher = new BufferedDispatcher<>(context, buffer, update -> {
            seen.add(update);
            if (update == 499) {
                test.verify(() -> assertThat(seen).hasSize(500).isSorted());
                test.completeNow();
            }
        }, 4);
        context.runOnContext(v -> arrive(context, dispatcher, 0, 500));
        assertThat(test.awaitCompletion(10, TimeUnit.SECONDS)).isTrue();
        assertThat(buffer.dropped()).isZero();
    }

    /** One arrival per event-loop turn, as bus deliveries from a feed that is not bursting. */
    private static void arrive(Context context, BufferedDispatcher<Integer> dispatcher, int next, int end) {
        dispatcher.handle(next);
        if (next + 1 < end) {
            context.runOnContext(v -> arrive(context, dispatcher, next + 1, end));
        }
    }
}
