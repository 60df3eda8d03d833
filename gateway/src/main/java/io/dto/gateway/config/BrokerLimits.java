package io.dto.gateway.config;

import java.util.Locale;

/**
 * The rate limit and circuit breaker in front of one broker ({@code brokers.<id>:} in gateway.yaml, each key
 * defaulting to {@code brokers.default}).
 *
 * @param maxQueue how many orders may wait for the rate limit under {@link Policy#QUEUE}
 * @param maxQueueWaitMillis the longest an order may wait; one that would wait longer is rejected
 * @param breakerMaxFailures consecutive errors or timeouts that open the breaker
 * @param breakerResetMillis how long the breaker stays open before it lets one probe through (half-open)
 */
public record BrokerLimits(long ordersPerSecond, Policy policy, long maxQueue, long maxQueueWaitMillis,
        long breakerMaxFailures, long breakerResetMillis) {

    /** What happens to an order over the rate limit. */
    public enum Policy {
        /** Waits (on a timer, never blocking) up to the queue bound and wait limit, then is sent. */
        QUEUE,
        /** Is rejected at once with the limit in the reason. */
        REJECT
    }

    static final BrokerLimits DEFAULT = new BrokerLimits(50, Policy.QUEUE, 100, 2000, 5, 10_000);

    static BrokerLimits from(ConfigValues values, BrokerLimits defaults) {
        String policyName = values.string("rate_limit_policy", defaults.policy.name().toLowerCase(Locale.ROOT));
        Policy policy = defaults.policy;
        try {
            policy = Policy.valueOf(policyName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            values.problem(values.key("rate_limit_policy") + " must be 'queue' or 'reject', got '" + policyName + "'");
        }
        return new BrokerLimits(
                values.positiveWhole("orders_per_second", defaults.ordersPerSecond),
                policy,
                values.positiveWhole("max_queue", defaults.maxQueue),
                values.positiveWhole("max_queue_wait_ms", defaults.maxQueueWaitMillis),
                values.positiveWhole("breaker_max_failures", defaults.breakerMaxFailures),
                values.positiveWhole("breaker_reset_ms", defaults.breakerResetMillis));
    }
}
