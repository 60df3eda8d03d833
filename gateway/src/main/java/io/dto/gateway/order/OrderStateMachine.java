package io.dto.gateway.order;

import static io.dto.api.message.OrderStatus.CANCELED;
import static io.dto.api.message.OrderStatus.EXPIRED;
import static io.dto.api.message.OrderStatus.FILLED;
import static io.dto.api.message.OrderStatus.NEW;
import static io.dto.api.message.OrderStatus.PARTIALLY_FILLED;
import static io.dto.api.message.OrderStatus.PENDING_CANCEL;
import static io.dto.api.message.OrderStatus.PENDING_NEW;
import static io.dto.api.message.OrderStatus.PENDING_REPLACE;
import static io.dto.api.message.OrderStatus.REJECTED;
import static io.dto.api.message.OrderStatus.REPLACED;

import io.dto.api.message.OrderStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order status transitions FIX allows. An order manager applies a report only when its status change is
 * listed here; anything else is refused and logged, never applied.
 */
public final class OrderStateMachine {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = new EnumMap<>(OrderStatus.class);

    static {
        ALLOWED.put(PENDING_NEW, EnumSet.of(NEW, PARTIALLY_FILLED, FILLED, REJECTED, CANCELED, EXPIRED,
                PENDING_CANCEL));
        ALLOWED.put(NEW, EnumSet.of(NEW, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED,
                EXPIRED, REPLACED));
        ALLOWED.put(PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE,
                CANCELED, EXPIRED, REPLACED));
        // A pending cancel or replace can still fill, and goes back when the venue refuses the request.
        ALLOWED.put(PENDING_CANCEL, EnumSet.of(CANCELED, NEW, PARTIALLY_FILLED, FILLED, EXPIRED, PENDING_CANCEL));
        ALLOWED.put(PENDING_REPLACE, EnumSet.of(REPLACED, NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED,
                PENDING_REPLACE));
        for (OrderStatus terminal : EnumSet.of(FILLED, CANCELED, REPLACED, REJECTED, EXPIRED)) {
            ALLOWED.put(terminal, EnumSet.noneOf(OrderStatus.class));
        }
    }

    private OrderStateMachine() {
    }

    public static boolean allows(OrderStatus from, OrderStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
