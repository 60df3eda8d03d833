package io.dto.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.Side;
import io.dto.api.message.Signal;
import io.dto.api.message.SignalAction;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignalSizingTest {

    @Test
    @DisplayName("fixed sizing trades signal_quantity whatever the strength")
    void shouldSizeFixed() {
        SignalSizing sizing = sizing(new JsonObject().put("sizing", "fixed"), 25);
        assertThat(sizing.quantityFor(signal(0.1, 50.0))).isEqualByComparingTo("25");
    }

    @Test
    @DisplayName("strength sizing scales signal_quantity, rounds, and never goes below one unit")
    void shouldSizeByStrength() {
        SignalSizing sizing = sizing(new JsonObject(), 10);
        assertThat(sizing.rule()).isEqualTo(SignalSizing.Rule.STRENGTH);
        assertThat(sizing.quantityFor(signal(0.8, 50.0))).isEqualByComparingTo("8");
        assertThat(sizing.quantityFor(signal(0.26, 50.0))).isEqualByComparingTo("3");
        assertThat(sizing.quantityFor(signal(0.0, 50.0))).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("notional sizing buys whole units worth at most signal_notional at the signal's price")
    void shouldSizeByNotional() {
        SignalSizing sizing = sizing(new JsonObject().put("sizing", "notional").put("signal_notional", 10_000), 10);
        assertThat(sizing.quantityFor(signal(1.0, 187.5))).isEqualByComparingTo("53");
        assertThat(sizing.quantityFor(signal(1.0, 20_000))).isEqualByComparingTo("0");
        assertThat(sizing.quantityFor(signal(1.0, Double.NaN))).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("an unknown rule or a non-positive notional is a configuration problem")
    void shouldReportBadSizing() {
        List<String> problems = new ArrayList<>();
        SignalSizing.from(new JsonObject().put("sizing", "kelly").put("signal_notional", 0), 10, problems);
        assertThat(problems).containsExactly("orders.sizing 'kelly' is not one of fixed, strength, notional",
                "orders.signal_notional must be a positive number, got 0");
    }

    @Test
    @DisplayName("the router sends no order for a signal its rule sizes to nothing")
    void shouldSkipSignalSizedToNothing() {
        Vertx vertx = Vertx.vertx();
        try {
            SignalOrderRouter router = new SignalOrderRouter(vertx,
                    sizing(new JsonObject().put("sizing", "notional").put("signal_notional", 100), 10),
                    (strategy, nanos) -> { });
            assertThat(router.toOrder(signal(1.0, 500.0))).isNull();
            OrderRequest order = router.toOrder(signal(1.0, 20.0));
            assertThat(order.quantity()).isEqualByComparingTo("5");
            assertThat(order.side()).isEqualTo(Side.BUY);
        } finally {
            vertx.close();
        }
    }

    private static SignalSizing sizing(JsonObject orders, long quantity) {
        List<String> problems = new ArrayList<>();
        SignalSizing sizing = SignalSizing.from(orders, quantity, problems);
        assertThat(problems).isEmpty();
        return sizing;
    }

    private static Signal signal(double strength, double price) {
        return new Signal("s", "AAPL", SignalAction.BUY, strength, price, Instant.EPOCH, Map.of());
    }
}
