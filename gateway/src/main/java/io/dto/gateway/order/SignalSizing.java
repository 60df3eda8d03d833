package io.dto.gateway.order;

import io.dto.api.message.Signal;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the signal router turns a BUY or SELL signal into a quantity ({@code orders.sizing} in {@code gateway.yaml}).
 *
 * @param quantity {@code orders.signal_quantity}: the fixed quantity, or the quantity of a strength-1.0 signal
 * @param notional {@code orders.signal_notional}: the order value the notional rule aims at
 */
public record SignalSizing(Rule rule, long quantity, BigDecimal notional) {

    /** The sizing rules. */
    public enum Rule {
        /** Every signal trades {@code signal_quantity}. */
        FIXED,
        /** {@code signal_quantity} scaled by the signal's strength, rounded, at least one unit. */
        STRENGTH,
        /** As many whole units as {@code signal_notional} buys at the signal's price (none if not even one). */
        NOTIONAL;

        String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reads {@code sizing} and {@code signal_notional} of the {@code orders} section; {@code signalQuantity} is its
     * already checked {@code signal_quantity}.
     */
    public static SignalSizing from(JsonObject orders, long signalQuantity, List<String> problems) {
        String name = String.valueOf(orders.getValue("sizing", "strength"));
        Rule rule = Arrays.stream(Rule.values()).filter(r -> r.configName().equals(name)).findFirst().orElse(null);
        if (rule == null) {
            problems.add("orders.sizing '" + name + "' is not one of " + Arrays.stream(Rule.values())
                    .map(Rule::configName).collect(Collectors.joining(", ")));
            rule = Rule.STRENGTH;
        }
        Object notional = orders.getValue("signal_notional", 10_000);
        if (!(notional instanceof Number number && number.doubleValue() > 0)) {
            problems.add("orders.signal_notional must be a positive number, got " + notional);
            notional = 10_000;
        }
        return new SignalSizing(rule, signalQuantity, BigDecimal.valueOf(((Number) notional).doubleValue()));
    }

    /**
     * The quantity of a BUY or SELL signal; zero when the rule cannot size it (a notional rule without a usable
     * price, or a price above the notional).
     */
    public BigDecimal quantityFor(Signal signal) {
        return switch (rule) {
            case FIXED -> BigDecimal.valueOf(quantity);
            case STRENGTH -> BigDecimal.valueOf(Math.max(1L, Math.round(quantity * signal.strength())));
            case NOTIONAL -> byNotional(signal.price());
        };
    }

    private BigDecimal byNotional(double price) {
        if (!(price > 0) || Double.isInfinite(price)) {
            return BigDecimal.ZERO;
        }
        return notional.divide(BigDecimal.valueOf(price), 0, RoundingMode.DOWN);
    }
}
