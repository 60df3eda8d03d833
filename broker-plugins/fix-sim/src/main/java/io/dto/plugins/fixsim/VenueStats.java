package io.dto.plugins.fixsim;

import java.util.Map;

/**
 * Counts for monitoring: counterparty orders seen in this run, by status, and live orders (liquidity provider's
 * included) per book.
 */
public record VenueStats(int ordersSeen, Map<String, Integer> ordersByStatus, Map<String, Integer> liveBySymbol) {

    public VenueStats {
        ordersByStatus = Map.copyOf(ordersByStatus);
        liveBySymbol = Map.copyOf(liveBySymbol);
    }
}
