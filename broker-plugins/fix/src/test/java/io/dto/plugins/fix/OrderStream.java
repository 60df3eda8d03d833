package io.dto.plugins.fix;

import static io.dto.plugins.fix.FixPluginDriver.limit;
import static io.dto.plugins.fix.FixPluginDriver.market;

import io.dto.api.message.CancelRequest;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A deterministic stream of orders against a venue quoting 99.99/100.01 with five levels of 1,000 shares a side:
 * marketable buys that fill, resting buys and sells, market sells, and every twentieth step a cancel of the oldest
 * resting order. No order of the stream can reach a resting order of the stream, so the venue's state after the
 * stream does not depend on timing.
 */
final class OrderStream {

    private final String prefix;
    private final List<String> ids = new ArrayList<>();
    private final Deque<OrderRequest> resting = new ArrayDeque<>();

    OrderStream(String prefix) {
        this.prefix = prefix;
    }

    OrderRequest order(int i) {
        String id = prefix + i;
        ids.add(id);
        OrderRequest order = switch (i % 4) {
            case 0 -> limit(id, Side.BUY, "10", "100.05", TimeInForce.DAY);
            case 1 -> limit(id, Side.BUY, "5", "99.00", TimeInForce.DAY);
            case 2 -> limit(id, Side.SELL, "7", "101.00", TimeInForce.GTC);
            default -> market(id, Side.SELL, "3");
        };
        if (i % 4 == 1 || i % 4 == 2) {
            resting.add(order);
        }
        return order;
    }

    /** Every twentieth step, a cancel of the oldest resting order. */
    Optional<CancelRequest> cancel(int i) {
        if (i % 20 != 19 || resting.isEmpty()) {
            return Optional.empty();
        }
        OrderRequest order = resting.poll();
        return Optional.of(new CancelRequest(order.id(), prefix + "cxl" + i, "fix", order.symbol(), order.side(),
                "test"));
    }

    List<String> ids() {
        return List.copyOf(ids);
    }
}
