package io.dto.gateway.marketdata;

/** A request a data provider's declared rate limit does not allow now; the API answers 429. */
public final class RateLimitedException extends RuntimeException {

    public RateLimitedException(String message) {
        super(message);
    }
}
