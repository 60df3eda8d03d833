package io.dto.gateway.risk;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.RiskDecision;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.config.RiskConfig;
import io.dto.gateway.config.RiskRule;
import io.dto.gateway.market.QuoteBook;
import java.time.InstantSource;
import java.util.Arrays;

/**
 * The built-in half of the risk gate: every enabled {@link RiskRule} in order, the first rejection wins. Runs on
 * the order manager's context, synchronously, so an order's check and its reservation in {@link OrderExposure}
 * happen with nothing in between. The risk plugins run after it ({@link RiskPluginChain}).
 */
public final class RiskGate {

    private final QuoteBook quotes;
    private final InstantSource clock;
    private final RiskRule[] enabled;
    private final BuiltInChecks checks;
    private final RiskTicket ticket = new RiskTicket();

    public RiskGate(RiskConfig config, AccountBook accounts, QuoteBook quotes, OrderExposure exposure,
            KillSwitch killSwitch, InstantSource clock) {
        this.quotes = quotes;
        this.clock = clock;
        this.enabled = Arrays.stream(RiskRule.values()).filter(config::enabled).toArray(RiskRule[]::new);
        this.checks = new BuiltInChecks(config, accounts, exposure, killSwitch);
    }

    /**
     * Checks a new order (or the replacement of one, which skips the duplicate and open-order checks). After an
     * approval, {@link #ticket()} holds the order's risk price until the next call.
     */
    public RiskDecision check(OrderRequest order, boolean replace) {
        ticket.prepare(order, quotes);
        long now = clock.millis();
        for (RiskRule rule : enabled) {
            RiskDecision decision = checks.check(rule, ticket, now, replace);
            if (!decision.approved()) {
                return decision;
            }
        }
        return RiskDecision.approve();
    }

    /** Tells the stateful checks (rate, duplicates) that the order was accepted. */
    public void accepted(OrderRequest order, boolean replace) {
        checks.accepted(order, clock.millis(), replace);
    }

    public RiskTicket ticket() {
        return ticket;
    }
}
