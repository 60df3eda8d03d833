package io.dto.gateway.config;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The risk gate's limits ({@code risk:} in gateway.yaml). Every limit is positive; a check is turned off only by
 * naming it in {@code disabled_checks}, so a typo cannot silently remove a control.
 *
 * @param priceCollarPercent how far a limit or stop price may be from the reference (quote mid), in percent
 * @param plugins risk plugin ids consulted after the built-in checks, in this order
 * @param pluginTimeoutMillis how long a risk plugin may take to answer before the order is rejected
 * @param portfolioCheckMillis the period of the plugins' portfolio checks and P&amp;L updates
 */
public record RiskConfig(BigDecimal maxOrderQuantity, BigDecimal maxNotional, BigDecimal priceCollarPercent,
        BigDecimal maxPosition, BigDecimal maxGrossExposure, long maxOpenOrders, BigDecimal dailyLossLimit,
        long ordersPerSecondPerStrategy, Set<String> restrictedSymbols, long duplicateWindowMillis,
        Set<RiskRule> disabledChecks, List<String> plugins, long pluginTimeoutMillis, long portfolioCheckMillis) {

    public RiskConfig {
        restrictedSymbols = Set.copyOf(restrictedSymbols);
        disabledChecks = disabledChecks.isEmpty() ? EnumSet.noneOf(RiskRule.class) : EnumSet.copyOf(disabledChecks);
        plugins = List.copyOf(plugins);
    }

    public boolean enabled(RiskRule rule) {
        return !disabledChecks.contains(rule);
    }

    static RiskConfig from(ConfigValues risk) {
        Set<RiskRule> disabled = EnumSet.noneOf(RiskRule.class);
        for (String name : risk.strings("disabled_checks", List.of())) {
            RiskRule.byKey(name).ifPresentOrElse(disabled::add, () -> risk.problem(risk.key("disabled_checks")
                    + " names unknown check '" + name + "'; the checks are " + List.of(RiskRule.values()).stream()
                    .map(RiskRule::key).toList()));
        }
        return new RiskConfig(
                risk.positiveDecimal("max_order_quantity", "10000"),
                risk.positiveDecimal("max_notional", "1000000"),
                risk.positiveDecimal("price_collar_percent", "5"),
                risk.positiveDecimal("max_position", "50000"),
                risk.positiveDecimal("max_gross_exposure", "5000000"),
                risk.positiveWhole("max_open_orders", 200),
                risk.positiveDecimal("daily_loss_limit", "50000"),
                risk.positiveWhole("orders_per_second_per_strategy", 20),
                Set.copyOf(risk.strings("restricted_symbols", List.of())),
                risk.positiveWhole("duplicate_window_ms", 500),
                disabled,
                risk.strings("plugins", List.of()),
                risk.positiveWhole("plugin_timeout_ms", 250),
                risk.positiveWhole("portfolio_check_interval_ms", 5000));
    }
}
