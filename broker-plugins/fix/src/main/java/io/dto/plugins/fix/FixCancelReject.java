package io.dto.plugins.fix;

import io.dto.api.message.OrderStatus;

/**
 * An OrderCancelReject as the counterparty sent it.
 *
 * @param clOrdId the ClOrdID of the refused cancel or replace request
 * @param origClOrdId the order it was about (optional from FIX 5.0 on)
 * @param status the order's status as the venue sees it ({@code REJECTED} when the venue does not know it)
 * @param forReplace whether it answers a cancel/replace (CxlRejResponseTo 2) rather than a cancel
 */
record FixCancelReject(int seqNum, String clOrdId, String origClOrdId, String venueOrderId, OrderStatus status,
        boolean forReplace, String text, boolean possDuplicate) {
}
