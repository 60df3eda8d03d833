package io.dto.plugins.fixsim;

import io.dto.api.message.OrderStatus;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quickfix.SessionID;

/**
 * Every counterparty order seen in this run, by OrderID and by each ClOrdID it has had (ClOrdIDs are unique per
 * session, so the session is part of the key). Terminal orders stay, so status requests and late cancels get
 * a precise answer. Confined to the engine thread.
 */
final class ClientOrders {

    private record Key(SessionID session, String clOrdId) {
    }

    private final Map<String, ClientOrder> byOrderId = new LinkedHashMap<>();
    private final Map<Key, ClientOrder> byClOrdId = new HashMap<>();

    boolean contains(SessionID session, String clOrdId) {
        return byClOrdId.containsKey(new Key(session, clOrdId));
    }

    void add(ClientOrder order) {
        byOrderId.put(order.orderId(), order);
        byClOrdId.put(new Key(order.session(), order.clOrdId()), order);
    }

    /** Records the new ClOrdID the order took on an accepted cancel or replace. */
    void rename(ClientOrder order, String newClOrdId) {
        order.renameTo(newClOrdId);
        byClOrdId.put(new Key(order.session(), newClOrdId), order);
    }

    Optional<ClientOrder> byOrderId(String orderId) {
        return Optional.ofNullable(orderId == null ? null : byOrderId.get(orderId));
    }

    /** Finds an order by ClOrdID when one is given, else by OrderID; an order of another session is not found. */
    Optional<ClientOrder> find(SessionID session, String clOrdId, String orderId) {
        if (clOrdId != null) {
            return Optional.ofNullable(byClOrdId.get(new Key(session, clOrdId)));
        }
        return byOrderId(orderId).filter(o -> o.session().equals(session));
    }

    /** The live orders of one session, oldest first. */
    List<ClientOrder> liveOrders(SessionID session) {
        return byOrderId.values().stream()
                .filter(o -> o.session().equals(session) && o.view().isLive())
                .toList();
    }

    int size() {
        return byOrderId.size();
    }

    Map<OrderStatus, Integer> countByStatus() {
        Map<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        byOrderId.values().forEach(o -> counts.merge(o.view().status(), 1, Integer::sum));
        return counts;
    }

    void clear() {
        byOrderId.clear();
        byClOrdId.clear();
    }
}
