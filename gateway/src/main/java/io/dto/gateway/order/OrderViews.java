package io.dto.gateway.order;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest committed snapshot of every open order with its executions, written by the order manager after each
 * commit and read by the API from any thread. A terminal order leaves the view; the repository has it.
 */
public final class OrderViews {

    /** An order as the API shows it. */
    public record OrderView(OrderEvent order, List<ExecutionReport> executions) {
    }

    private final Map<String, OrderView> views = new ConcurrentHashMap<>();

    void update(OrderEvent event, List<ExecutionReport> executions) {
        if (event.status().isTerminal()) {
            views.remove(event.orderId());
        } else {
            views.put(event.orderId(), new OrderView(event, List.copyOf(executions)));
        }
    }

    public Optional<OrderView> find(String orderId) {
        return Optional.ofNullable(views.get(orderId));
    }
}
