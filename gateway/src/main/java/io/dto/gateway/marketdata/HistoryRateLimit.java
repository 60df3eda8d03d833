package io.dto.gateway.marketdata;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * A data provider's declared request budget ({@code Capabilities.rateLimitPerMinute}) on its historical-bars
 * requests, enforced with a resilience4j {@link RateLimiter}. It never blocks: {@link #reserveMillis()} reserves a
 * permit and says how long the caller must wait for it (the caller sets a timer), or refuses when the wait would
 * exceed the configured maximum.
 */
public final class HistoryRateLimit {

    private final int perMinute;
    private final RateLimiter limiter;

    public HistoryRateLimit(String provider, int perMinute, long maxWaitMillis) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("a rate limit needs at least one request per minute, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.limiter = RateLimiter.of("history-" + provider, RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ofMillis(maxWaitMillis))
                .build());
    }

    public int perMinute() {
        return perMinute;
    }

    /** Milliseconds to wait before the request may go (0: at once), or -1 when the budget refuses it. */
    public long reserveMillis() {
        long nanos = limiter.reservePermission();
        return nanos < 0 ? -1 : (nanos + 999_999) / 1_000_000;
    }
}
