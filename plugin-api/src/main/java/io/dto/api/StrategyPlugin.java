package io.dto.api;

import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.Position;
import io.dto.api.message.Signal;
import java.util.List;

/**
 * A trading strategy: market data and indicator values in, {@link Signal}s out. The gateway publishes each signal
 * on {@code signal.<plugin>} and, when the strategy holds {@code place_orders}, sizes it into an order.
 */
public interface StrategyPlugin extends Plugin {

    /** The market data and indicators this strategy consumes. */
    DataSubscription subscriptions();

    /** The guide's {@code process_market_data}: returns the signals this update produces (often none). */
    List<Signal> onMarketData(MarketData data);

    /** A value from a subscribed indicator plugin. */
    default List<Signal> onIndicator(IndicatorValue value) {
        return List.of();
    }

    /** The state of one of this strategy's orders changed. */
    default void onOrderEvent(OrderEvent event) {
    }

    /** The guide's {@code get_positions}: the positions this strategy manages. */
    default List<Position> positions() {
        return List.of();
    }
}
