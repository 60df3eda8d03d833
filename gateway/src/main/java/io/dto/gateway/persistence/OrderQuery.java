package io.dto.gateway.persistence;

import io.dto.api.message.OrderStatus;
import java.time.Instant;

/**
 * A filter over stored orders; {@code null} fields do not filter.
 *
 * @param from orders created at or after this instant
 * @param to orders created before this instant
 * @param limit the most orders to return, newest first
 */
public record OrderQuery(OrderStatus status, String symbol, String strategyId, Instant from, Instant to,
        int limit) {
}
