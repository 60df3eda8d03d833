package io.dto.plugins.synthetic;

import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.api.message.Tick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One symbol's live stream: a geometric random walk of the mid price, a quote around it on the tick grid with the
 * configured spread and random displayed sizes, and, with the configured probability, a trade at or inside the
 * spread on the side of a random aggressor. Its generator is keyed by seed and symbol, so a symbol's sequence does not
 * depend on which other symbols stream.
 */
final class PriceWalk {

    /** Share of trades printed at the touch; the rest print inside the spread (midpoint and hidden liquidity). */
    private static final double AT_TOUCH = 0.7;
    private static final int MAX_QUOTE_LOTS = 10;
    private static final int MAX_TRADE_LOTS = 5;

    private final String symbol;
    private final WalkParameters parameters;
    private final SeededRandom random;
    private double mid;

    PriceWalk(String symbol, double startPrice, WalkParameters parameters, SeededRandom random) {
        this.symbol = symbol;
        this.parameters = parameters;
        this.random = random;
        this.mid = startPrice;
    }

    /** Moves one step and returns the new quote, followed by a trade when one prints. */
    List<MarketData> step(Instant now) {
        mid = parameters.next(mid, random);
        PriceGrid grid = parameters.grid();
        double halfSpread = mid * parameters.spreadBps() / 20_000.0;
        long bidTicks = grid.floor(mid - halfSpread);
        long askTicks = Math.max(grid.ceil(mid + halfSpread), bidTicks + 1);
        long bidSize = parameters.lotSize() * (1 + random.nextInt(MAX_QUOTE_LOTS));
        long askSize = parameters.lotSize() * (1 + random.nextInt(MAX_QUOTE_LOTS));
        Quote quote = new Quote(symbol, now, grid.price(bidTicks), bidSize, grid.price(askTicks), askSize);
        List<MarketData> updates = new ArrayList<>(2);
        updates.add(quote);
        if (random.nextDouble() < parameters.tradeProbability()) {
            updates.add(trade(now, bidTicks, askTicks, bidSize, askSize));
        }
        return updates;
    }

    double mid() {
        return mid;
    }

    private Tick trade(Instant now, long bidTicks, long askTicks, long bidSize, long askSize) {
        Side aggressor = random.nextBoolean() ? Side.BUY : Side.SELL;
        boolean atTouch = random.nextDouble() < AT_TOUCH || askTicks - bidTicks < 2;
        long priceTicks;
        if (atTouch) {
            priceTicks = aggressor == Side.BUY ? askTicks : bidTicks;
        } else {
            priceTicks = bidTicks + 1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, askTicks - bidTicks - 1));
        }
        long size = parameters.lotSize() * (1 + random.nextInt(MAX_TRADE_LOTS));
        if (atTouch) {
            size = Math.min(size, aggressor == Side.BUY ? askSize : bidSize);
        }
        return new Tick(symbol, now, parameters.grid().price(priceTicks), size, aggressor);
    }
}
