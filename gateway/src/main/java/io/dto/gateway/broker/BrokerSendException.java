package io.dto.gateway.broker;

/** Why a request did not (or may not have) reached a broker; the message is the reason a person reads. */
public final class BrokerSendException extends RuntimeException {

    /** What stopped the request. */
    public enum Kind {
        /** Over the rate limit under the reject policy, or it would wait longer than allowed. */
        RATE_LIMITED,
        /** The rate-limit queue is full. */
        QUEUE_FULL,
        /** The circuit breaker is open (or half-open and already probing). */
        BREAKER_OPEN,
        /** No broker plugin consumes the broker's order address. */
        NO_BROKER,
        /** The broker answered that the request did not reach its venue. */
        BROKER_ERROR,
        /** The broker did not answer in time: the request may or may not have reached the venue. */
        TIMEOUT
    }

    private final Kind kind;

    public BrokerSendException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the venue may have the request: only after a timeout is that unknown. */
    public boolean mayHaveReachedVenue() {
        return kind == Kind.TIMEOUT;
    }
}
