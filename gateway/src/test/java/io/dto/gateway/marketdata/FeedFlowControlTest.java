package io.dto.gateway.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedFlowControlTest {

    private final FeedFlowControl flow = new FeedFlowControl();
    private final AtomicInteger resumes = new AtomicInteger();

    @Test
    @DisplayName("feeds run freely while no subscriber is congested")
    void shouldNotPauseWithoutCongestion() {
        assertThat(flow.pauseIfCongested(resumes::incrementAndGet)).isFalse();
        assertThat(resumes).hasValue(0);
    }

    @Test
    @DisplayName("a paused feed resumes once, when the last congested subscriber drains")
    void shouldResumeWhenEveryCongestedSubscriberDrained() {
        SubscriberBuffer.Congestion slow = flow.forSubscriber("slow");
        SubscriberBuffer.Congestion slower = flow.forSubscriber("slower");
        slow.congested();
        slower.congested();
        assertThat(flow.pauseIfCongested(resumes::incrementAndGet)).isTrue();
        slow.relieved();
        assertThat(resumes).hasValue(0);
        slower.relieved();
        assertThat(resumes).hasValue(1);
        slow.congested();
        slow.relieved();
        assertThat(resumes).hasValue(1);
    }

    @Test
    @DisplayName("an unloaded congested subscriber releases the feeds it held")
    void shouldReleaseFeedsWhenCongestedSubscriberGoesAway() {
        flow.forSubscriber("gone").congested();
        flow.pauseIfCongested(resumes::incrementAndGet);
        flow.remove("gone");
        assertThat(resumes).hasValue(1);
        assertThat(flow.congestedSubscribers()).isEmpty();
    }
}
