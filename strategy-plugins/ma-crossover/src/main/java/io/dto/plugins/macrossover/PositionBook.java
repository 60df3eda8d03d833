package io.dto.plugins.macrossover;

import io.dto.api.message.OrderEvent;
import io.dto.api.message.Position;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The strategy's positions, built from the fills in its order events: net quantity, average entry price and realized
 * P&amp;L per symbol, marked to the last price seen. Fills are taken from each order's cumulative filled quantity and
 * average price, so a repeated event adds nothing and a missed one is caught up by the next. Finished orders are
 * remembered (the last {@value #REMEMBERED_FINISHED_ORDERS}) so a repeated final event is not applied again.
 *
 * <p>Not thread-safe: used on the strategy's context only.
 */
final class PositionBook {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    static final int REMEMBERED_FINISHED_ORDERS = 10_000;

    /** What has been applied of one order so far. */
    private record OrderProgress(BigDecimal filled, BigDecimal notional) {
        static final OrderProgress NONE = new OrderProgress(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static final class Holding {
        String account;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal averagePrice = BigDecimal.ZERO;
        BigDecimal realizedPnl = BigDecimal.ZERO;
        Instant updatedAt;
    }

    private final Map<String, OrderProgress> openOrders = new HashMap<>();
    private final Map<String, OrderProgress> finishedOrders = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OrderProgress> eldest) {
            return size() > REMEMBERED_FINISHED_ORDERS;
        }
    };
    private final Map<String, Holding> holdings = new TreeMap<>();
    private final Map<String, BigDecimal> marks = new HashMap<>();

    /** Applies whatever part of the order's fills has not been applied yet. */
    void apply(OrderEvent event) {
        if (event.filledQuantity() == null || event.side() == null || event.symbol() == null) {
            return;
        }
        OrderProgress before = openOrders.getOrDefault(event.orderId(),
                finishedOrders.getOrDefault(event.orderId(), OrderProgress.NONE));
        OrderProgress after = before;
        BigDecimal newlyFilled = event.filledQuantity().subtract(before.filled());
        if (newlyFilled.signum() > 0) {
            BigDecimal notional = notionalAfter(event, before, newlyFilled);
            BigDecimal price = notional.subtract(before.notional()).divide(newlyFilled, PRECISION);
            fill(event, newlyFilled.multiply(BigDecimal.valueOf(event.side().sign())), price);
            after = new OrderProgress(event.filledQuantity(), notional);
        }
        if (event.status() != null && event.status().isTerminal()) {
            openOrders.remove(event.orderId());
            finishedOrders.put(event.orderId(), after);
        } else {
            openOrders.put(event.orderId(), after);
        }
    }

    /** Marks the symbol's position to a new price. */
    void mark(String symbol, double price) {
        marks.put(symbol, BigDecimal.valueOf(price));
    }

    /** The open positions, by symbol. */
    List<Position> openPositions() {
        List<Position> positions = new ArrayList<>();
        holdings.forEach((symbol, h) -> {
            if (h.quantity.signum() != 0) {
                BigDecimal mark = marks.getOrDefault(symbol, h.averagePrice);
                BigDecimal unrealized = mark.subtract(h.averagePrice).multiply(h.quantity);
                positions.add(new Position(h.account, symbol, h.quantity, h.averagePrice, h.realizedPnl, unrealized,
                        mark, h.updatedAt));
            }
        });
        return positions;
    }

    void clear() {
        openOrders.clear();
        finishedOrders.clear();
        holdings.clear();
        marks.clear();
    }

    /** The order's total filled notional now: from its average price when given, else adding the last fill. */
    private static BigDecimal notionalAfter(OrderEvent event, OrderProgress before, BigDecimal newlyFilled) {
        if (event.averagePrice() != null && event.averagePrice().signum() > 0) {
            return event.averagePrice().multiply(event.filledQuantity());
        }
        if (event.lastPrice() == null) {
            throw new IllegalArgumentException("order event " + event.orderId() + " reports a fill without a price");
        }
        return before.notional().add(event.lastPrice().multiply(newlyFilled));
    }

    private void fill(OrderEvent event, BigDecimal signedQuantity, BigDecimal price) {
        Holding h = holdings.computeIfAbsent(event.symbol(), s -> new Holding());
        h.account = event.account();
        h.updatedAt = event.timestamp();
        BigDecimal before = h.quantity;
        BigDecimal after = before.add(signedQuantity);
        if (before.signum() == 0 || before.signum() == signedQuantity.signum()) {
            h.averagePrice = h.averagePrice.multiply(before.abs()).add(price.multiply(signedQuantity.abs()))
                    .divide(after.abs(), PRECISION);
        } else {
            BigDecimal closed = before.abs().min(signedQuantity.abs());
            h.realizedPnl = h.realizedPnl.add(price.subtract(h.averagePrice).multiply(closed)
                    .multiply(BigDecimal.valueOf(before.signum())));
            if (after.signum() == 0) {
                h.averagePrice = BigDecimal.ZERO;
            } else if (after.signum() != before.signum()) {
                h.averagePrice = price;
            }
        }
        h.quantity = after;
    }
}
