package io.dto.gateway.config;

import java.util.Arrays;
import java.util.Optional;

/** The risk gate's built-in checks, in the order it runs them; the key names each in config, reasons and the API. */
public enum RiskRule {
    KILL_SWITCH("kill_switch"),
    RESTRICTED_SYMBOL("restricted_symbol"),
    MAX_ORDER_QUANTITY("max_order_quantity"),
    REFERENCE_PRICE("reference_price"),
    PRICE_COLLAR("price_collar"),
    MAX_NOTIONAL("max_notional"),
    MAX_POSITION("max_position"),
    MAX_GROSS_EXPOSURE("max_gross_exposure"),
    MAX_OPEN_ORDERS("max_open_orders"),
    DAILY_LOSS_LIMIT("daily_loss_limit"),
    STRATEGY_ORDER_RATE("strategy_order_rate"),
    DUPLICATE_ORDER("duplicate_order");

    private final String key;

    RiskRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RiskRule> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
