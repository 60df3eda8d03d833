package io.dto.gateway.order;

import io.dto.api.Addresses;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.dto.api.message.TimeInForce;
import io.dto.gateway.plugin.SignalRouter;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjLongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes a strategy's signals into market orders on {@code order.submit}: BUY and SELL by the configured
 * {@link SignalSizing} rule (fixed, strength-scaled or notional-based), EXIT for the opposite of the strategy's net
 * filled position in the symbol. Net positions are followed from {@code order.events}.
 */
public final class SignalOrderRouter implements SignalRouter {

    private static final Logger LOG = LoggerFactory.getLogger(SignalOrderRouter.class);

    private final Vertx vertx;
    private final SignalSizing sizing;
    private final ObjLongConsumer<String> submitted;
    private final Map<String, BigDecimal> netByStrategySymbol = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> filledByOrder = new ConcurrentHashMap<>();

    /**
     * @param submitted told, for each signal whose order the order manager accepted, the strategy and the
     *     nanoseconds from routing the signal to the acceptance
     */
    public SignalOrderRouter(Vertx vertx, SignalSizing sizing, ObjLongConsumer<String> submitted) {
        this.vertx = vertx;
        this.sizing = sizing;
        this.submitted = submitted;
    }

    /** Starts following fills; call once. */
    public void start() {
        vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> onOrderEvent(m.body()));
    }

    @Override
    public void route(Signal signal) {
        OrderRequest order = toOrder(signal);
        if (order == null) {
            return;
        }
        long routed = System.nanoTime();
        vertx.eventBus().<OrderEvent>request(Addresses.ORDER_SUBMIT, order)
                .onSuccess(reply -> submitted.accept(signal.strategyId(), System.nanoTime() - routed))
                .onFailure(e -> LOG.warn("order for signal {} {} of {} was not accepted: {}", signal.action(),
                        signal.symbol(), signal.strategyId(), e.getMessage()));
    }

    OrderRequest toOrder(Signal signal) {
        Side side;
        BigDecimal quantity;
        if (signal.action() == SignalAction.EXIT) {
            BigDecimal net = netByStrategySymbol.getOrDefault(key(signal.strategyId(), signal.symbol()),
                    BigDecimal.ZERO);
            if (net.signum() == 0) {
                LOG.debug("EXIT from {} for {} with no position: nothing to do", signal.strategyId(), signal.symbol());
                return null;
            }
            side = net.signum() > 0 ? Side.SELL : Side.BUY;
            quantity = net.abs();
        } else {
            side = signal.action() == SignalAction.BUY ? Side.BUY : Side.SELL;
            quantity = sizing.quantityFor(signal);
            if (quantity.signum() == 0) {
                LOG.info("signal {} {} of {} at price {} sizes to no quantity under the {} rule: no order",
                        signal.action(), signal.symbol(), signal.strategyId(), signal.price(), sizing.rule());
                return null;
            }
        }
        return new OrderRequest(null, null, null, signal.strategyId(), null, signal.symbol(), side,
                OrderType.MARKET, quantity, null, null, TimeInForce.DAY);
    }

    private void onOrderEvent(OrderEvent event) {
        if (event.strategyId() == null || event.filledQuantity() == null) {
            return;
        }
        BigDecimal previous = filledByOrder.getOrDefault(event.orderId(), BigDecimal.ZERO);
        BigDecimal delta = event.filledQuantity().subtract(previous);
        if (delta.signum() > 0) {
            filledByOrder.put(event.orderId(), event.filledQuantity());
            BigDecimal signed = event.side() == Side.BUY ? delta : delta.negate();
            netByStrategySymbol.merge(key(event.strategyId(), event.symbol()), signed, BigDecimal::add);
        }
        if (event.status().isTerminal()) {
            filledByOrder.remove(event.orderId());
        }
    }

    private static String key(String strategy, String symbol) {
        return strategy + "|" + symbol;
    }
}
