package io.dto.plugins.fix;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** The system clock plus an offset a test moves forward, so time can pass for the plugin without sleeping. */
final class TestClock implements InstantSource {

    private final AtomicLong offsetNanos = new AtomicLong();

    void advance(Duration by) {
        offsetNanos.addAndGet(by.toNanos());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusNanos(offsetNanos.get());
    }
}
