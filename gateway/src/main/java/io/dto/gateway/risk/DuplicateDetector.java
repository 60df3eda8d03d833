package io.dto.gateway.risk;

import io.dto.api.message.OrderRequest;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;

/**
 * Recently accepted orders, to refuse a second order identical in account, strategy, broker, symbol, side, type,
 * quantity and prices within the window: the signature of a double click or a strategy looping. A client that retries on purpose sends
 * the same clientOrderId and gets its first order back instead.
 */
final class DuplicateDetector {

    private record Recent(long atMillis, String orderId, OrderRequest order) {
    }

    private final long windowMillis;
    private final ArrayDeque<Recent> recent = new ArrayDeque<>();

    DuplicateDetector(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    long windowMillis() {
        return windowMillis;
    }

    /** The earlier order this one duplicates with its age in ms, or {@code null}. */
    Match find(OrderRequest order, long nowMillis) {
        expire(nowMillis);
        for (Recent candidate : recent) {
            if (same(candidate.order(), order)) {
                return new Match(candidate.orderId(), nowMillis - candidate.atMillis());
            }
        }
        return null;
    }

    void record(OrderRequest order, long nowMillis) {
        recent.addLast(new Recent(nowMillis, order.id(), order));
    }

    private void expire(long nowMillis) {
        Iterator<Recent> oldest = recent.iterator();
        while (oldest.hasNext() && nowMillis - oldest.next().atMillis() >= windowMillis) {
            oldest.remove();
        }
    }

    private static boolean same(OrderRequest a, OrderRequest b) {
        return a.symbol().equals(b.symbol()) && a.side() == b.side() && a.type() == b.type()
                && Objects.equals(a.account(), b.account()) && Objects.equals(a.strategyId(), b.strategyId())
                && Objects.equals(a.broker(), b.broker()) && a.quantity().compareTo(b.quantity()) == 0
                && equalPrices(a.price(), b.price()) && equalPrices(a.stopPrice(), b.stopPrice());
    }

    private static boolean equalPrices(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    record Match(String orderId, long ageMillis) {
    }
}
