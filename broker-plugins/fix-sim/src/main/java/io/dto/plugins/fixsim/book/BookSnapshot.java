package io.dto.plugins.fixsim.book;

import java.util.List;

/** The top levels of one book: bids best (highest) first, asks best (lowest) first. */
public record BookSnapshot(String symbol, List<PriceLevel> bids, List<PriceLevel> asks) {

    public BookSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
