package io.dto.api.message;

import java.time.Instant;

/**
 * Anything a data provider streams: a trade ({@link Tick}), a top-of-book {@link Quote} or an OHLCV {@link Bar}.
 *
 * <p>Market-data prices are {@code double}: they feed arithmetic (indicators, signals), not accounting. Money that
 * is owed or held (orders, fills, positions, cash) is {@link java.math.BigDecimal}.
 */
public sealed interface MarketData permits Tick, Quote, Bar {

    String symbol();

    Instant timestamp();

    /** The representative price: the trade price, the quote mid, or the bar close. */
    double price();

    /** The volume this update carries: trade size, total displayed size, or bar volume. */
    long volume();
}
