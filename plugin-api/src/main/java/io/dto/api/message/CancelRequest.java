package io.dto.api.message;

import java.util.Objects;

/**
 * Cancel an open order.
 *
 * @param orderId the ClOrdID of the order to cancel
 * @param cancelId the ClOrdID of the cancel request itself (FIX tag 11 on the OrderCancelRequest)
 */
public record CancelRequest(String orderId, String cancelId, String broker, String symbol, Side side,
        String reason) {

    public CancelRequest {
        Objects.requireNonNull(orderId, "orderId");
    }
}
