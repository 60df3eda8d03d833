package io.dto.gateway.order;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The latest snapshot of every order and its executions, written by the order manager and read by the API from
 * any thread without a round trip to the order manager's context.
 */
public final class OrderViews {

    /** An order as the API shows it. */
    public record OrderView(OrderEvent order, List<ExecutionReport> executions) {
    }

    private final Map<String, OrderView> views = new ConcurrentHashMap<>();

    void update(OrderEvent event, List<ExecutionReport> executions) {
        views.put(event.orderId(), new OrderView(event, List.copyOf(executions)));
    }

    public Optional<OrderView> find(String orderId) {
        return Optional.ofNullable(views.get(orderId));
    }

    /** Orders matching the filter, newest first. */
    public List<OrderEvent> list(Predicate<OrderEvent> filter) {
        return views.values().stream()
                .map(OrderView::order)
                .filter(filter)
                .sorted(Comparator.comparing(OrderEvent::timestamp).reversed())
                .toList();
    }
}
