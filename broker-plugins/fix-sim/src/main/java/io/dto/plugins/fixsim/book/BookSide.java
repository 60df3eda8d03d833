package io.dto.plugins.fixsim.book;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The resting orders of one side of a book: price levels best first, each a FIFO queue, so iteration order is
 * price-time priority.
 */
final class BookSide {

    private final NavigableMap<BigDecimal, ArrayDeque<LiveOrder>> levels;

    private BookSide(Comparator<BigDecimal> bestFirst) {
        this.levels = new TreeMap<>(bestFirst);
    }

    static BookSide bids() {
        return new BookSide(Comparator.reverseOrder());
    }

    static BookSide asks() {
        return new BookSide(Comparator.naturalOrder());
    }

    /** Queues the order behind every order already at its price. */
    void add(LiveOrder order) {
        levels.computeIfAbsent(order.price(), p -> new ArrayDeque<>()).addLast(order);
    }

    void remove(LiveOrder order) {
        ArrayDeque<LiveOrder> level = levels.get(order.price());
        if (level != null && level.remove(order) && level.isEmpty()) {
            levels.remove(order.price());
        }
    }

    /** The order with the highest priority, or {@code null} when the side is empty. */
    LiveOrder first() {
        Map.Entry<BigDecimal, ArrayDeque<LiveOrder>> best = levels.firstEntry();
        return best == null ? null : best.getValue().peekFirst();
    }

    /** The quantity a taker could trade here, counted until {@code wanted} is reached. */
    long available(LiveOrder taker, long wanted) {
        long sum = 0;
        for (Map.Entry<BigDecimal, ArrayDeque<LiveOrder>> level : levels.entrySet()) {
            if (sum >= wanted || !taker.crosses(level.getKey())) {
                break;
            }
            sum += level.getValue().stream().mapToLong(LiveOrder::leavesQty).sum();
        }
        return sum;
    }

    List<PriceLevel> top(int depth) {
        List<PriceLevel> top = new ArrayList<>(Math.min(depth, levels.size()));
        for (Map.Entry<BigDecimal, ArrayDeque<LiveOrder>> level : levels.entrySet()) {
            if (top.size() == depth) {
                break;
            }
            long qty = level.getValue().stream().mapToLong(LiveOrder::leavesQty).sum();
            top.add(new PriceLevel(level.getKey(), qty, level.getValue().size()));
        }
        return top;
    }

    void clear() {
        levels.clear();
    }
}
