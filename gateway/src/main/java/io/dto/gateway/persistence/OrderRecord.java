package io.dto.gateway.persistence;

import io.dto.api.message.OrderEvent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order as stored: its latest event and what the event does not carry.
 *
 * @param origOrderId the order this one replaces, or {@code null}
 * @param riskPrice the price its open quantity counts at against notional and exposure limits
 */
public record OrderRecord(OrderEvent order, Instant createdAt, String brokerOrderId, String origOrderId,
        BigDecimal riskPrice) {
}
