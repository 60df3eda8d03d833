package io.dto.api.message;

import java.time.Instant;

/**
 * The state of one broker session (for FIX, one QuickFIX/J session).
 *
 * @param lastHeartbeat the time the last message of any kind arrived from the counterparty, or {@code null}
 */
public record BrokerSessionStatus(String broker, String sessionId, boolean loggedOn, long nextSenderSeqNum,
        long nextTargetSeqNum, Instant lastHeartbeat, String detail) {
}
