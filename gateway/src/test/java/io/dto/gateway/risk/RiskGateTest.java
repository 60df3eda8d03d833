package io.dto.gateway.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Quote;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.config.AccountConfig;
import io.dto.gateway.config.RiskConfig;
import io.dto.gateway.config.RiskRule;
import io.dto.gateway.market.QuoteBook;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RiskGate: each built-in rule rejects with its figures")
class RiskGateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final QuoteBook quotes = new QuoteBook();
    private final OrderExposure exposure = new OrderExposure();
    private final KillSwitch killSwitch = new KillSwitch();
    private AccountBook accounts;
    private int ids;

    @BeforeEach
    void quoteAapl() {
        accounts = new AccountBook(new AccountConfig("USD", new BigDecimal("1000000"), new BigDecimal("0.5"),
                ZoneId.of("UTC")), quotes, clock);
        quotes.onQuote(new Quote("AAPL", clock.instant(), 99.0, 100, 101.0, 100));
    }

    private static RiskConfig limits() {
        return limits(EnumSet.noneOf(RiskRule.class));
    }

    private static RiskConfig limits(Set<RiskRule> disabled) {
        return new RiskConfig(new BigDecimal("1000"), new BigDecimal("100000"), new BigDecimal("5"),
                new BigDecimal("1500"), new BigDecimal("250000"), 3, new BigDecimal("5000"), 4, Set.of("GME"), 500,
                disabled, List.of(), 250, 5000);
    }

    private RiskGate gate(RiskConfig config) {
        return new RiskGate(config, accounts, quotes, exposure, killSwitch, clock);
    }

    private OrderRequest limit(Side side, String quantity, String price) {
        return new OrderRequest("O-" + ++ids, null, "ACC", "strat", "paper", "AAPL", side, OrderType.LIMIT,
                new BigDecimal(quantity), new BigDecimal(price), null, TimeInForce.DAY);
    }

    private OrderRequest market(String symbol, String quantity) {
        return new OrderRequest("O-" + ++ids, null, "ACC", "strat", "paper", symbol, Side.BUY, OrderType.MARKET,
                new BigDecimal(quantity), null, null, TimeInForce.DAY);
    }

    /** Checks, and on approval accepts and reserves, as the order manager does. */
    private RiskDecision accept(RiskGate gate, OrderRequest order) {
        RiskDecision decision = gate.check(order, false);
        if (decision.approved()) {
            gate.accepted(order, false);
            exposure.open(order.account(), order.symbol(), order.side(), order.quantity(), gate.ticket().riskPrice());
        }
        return decision;
    }

    @Test
    @DisplayName("an order within every limit is approved")
    void shouldApproveOrderWithinLimits() {
        assertThat(gate(limits()).check(limit(Side.BUY, "100", "100.50"), false).approved()).isTrue();
    }

    @Test
    void shouldRejectOrderAboveMaxQuantity() {
        RiskDecision decision = gate(limits()).check(limit(Side.BUY, "1500", "100"), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("max_order_quantity", "quantity 1500 exceeds limit 1000"));
    }

    @Test
    void shouldRejectOrderAboveNotionalLimit() {
        quotes.onQuote(new Quote("AAPL", clock.instant(), 124.0, 100, 126.0, 100));
        RiskDecision decision = gate(limits()).check(limit(Side.BUY, "1000", "125"), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("max_notional",
                "notional 125000.00 exceeds limit 100000.00"));
    }

    @Test
    @DisplayName("a market order's notional uses the far touch: the ask for a buy")
    void shouldPriceMarketOrderAtTheAsk() {
        RiskDecision decision = gate(limits()).check(market("AAPL", "999"), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("max_notional",
                "notional 100899.00 exceeds limit 100000.00"));
    }

    @Test
    void shouldRejectLimitPriceOutsideCollar() {
        RiskDecision decision = gate(limits()).check(limit(Side.BUY, "10", "110"), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("price_collar",
                "price 110.00 is 10.00% from the reference 100.00, collar 5.00%"));
    }

    @Test
    @DisplayName("without a quote an order is rejected, not passed")
    void shouldRejectWhenReferencePriceMissing() {
        RiskDecision decision = gate(limits()).check(new OrderRequest("O-x", null, "ACC", null, "paper", "MSFT",
                Side.BUY, OrderType.LIMIT, BigDecimal.ONE, new BigDecimal("300"), null, null), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("reference_price",
                "no reference price for MSFT: no quote has arrived on md.quote.MSFT"));
    }

    @Test
    @DisplayName("with the reference check off, a missing quote still rejects a market order at the notional check")
    void shouldRejectMarketOrderWithoutQuoteEvenWithReferenceCheckOff() {
        RiskDecision decision = gate(limits(EnumSet.of(RiskRule.REFERENCE_PRICE))).check(market("MSFT", "1"), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("max_notional",
                "notional of a MARKET order for MSFT is unknown: no quote to price it"));
    }

    @Test
    @DisplayName("open orders count toward the position limit the moment they are accepted")
    void shouldRejectOrderBeyondMaxPositionCountingOpenOrders() {
        RiskGate gate = gate(limits());
        accounts.applyFill("ACC", "AAPL", Side.BUY, new BigDecimal("600"), new BigDecimal("100"));
        assertThat(accept(gate, limit(Side.BUY, "800", "100")).approved()).isTrue();

        RiskDecision decision = gate.check(limit(Side.BUY, "200", "100.10"), false);

        assertThat(decision).isEqualTo(RiskDecision.reject("max_position",
                "position in AAPL would reach 1600 (held 600, open orders 800, this order 200), limit 1500"));
    }

    @Test
    void shouldRejectOrderAboveGrossExposure() {
        RiskGate gate = gate(limits());
        accounts.applyFill("ACC", "AAPL", Side.BUY, new BigDecimal("1399"), new BigDecimal("100"));
        quotes.onQuote(new Quote("MSFT", clock.instant(), 200.0, 10, 200.0, 10));
        accounts.applyFill("ACC", "MSFT", Side.SELL_SHORT, new BigDecimal("500"), new BigDecimal("200"));

        RiskDecision within = gate.check(limit(Side.SELL, "100", "100"), false);
        RiskDecision over = gate.check(limit(Side.SELL, "110", "100"), false);

        assertThat(within.approved()).isTrue();
        assertThat(over).isEqualTo(RiskDecision.reject("max_gross_exposure",
                "gross exposure 250900.00 exceeds limit 250000.00 (positions 239900.00, open orders 0.00, "
                        + "this order 11000.00)"));
    }

    @Test
    void shouldRejectOrderBeyondMaxOpenOrders() {
        RiskGate gate = gate(limits());
        for (String price : List.of("100", "100.1", "100.2")) {
            assertThat(accept(gate, limit(Side.BUY, "1", price)).approved()).isTrue();
        }
        RiskDecision decision = gate.check(limit(Side.BUY, "1", "100.3"), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("max_open_orders",
                "open orders 3 for account ACC at limit 3"));
    }

    @Test
    @DisplayName("past the daily loss limit only orders that reduce a position pass")
    void shouldRejectNewRiskAfterDailyLossLimit() {
        RiskGate gate = gate(limits());
        accounts.applyFill("ACC", "AAPL", Side.BUY, new BigDecimal("1000"), new BigDecimal("106"));

        RiskDecision adding = gate.check(limit(Side.BUY, "10", "100"), false);
        RiskDecision reducing = gate.check(limit(Side.SELL, "10", "100"), false);

        assertThat(adding).isEqualTo(RiskDecision.reject("daily_loss_limit", "daily P&L -6000.00 of account ACC "
                + "breaches loss limit 5000.00; only orders that reduce a position are accepted"));
        assertThat(reducing.approved()).isTrue();
    }

    @Test
    void shouldRejectOrdersAboveStrategyRate() {
        RiskGate gate = gate(limits(EnumSet.of(RiskRule.MAX_OPEN_ORDERS)));
        for (int i = 0; i < 4; i++) {
            assertThat(accept(gate, limit(Side.BUY, "1", "100." + i)).approved()).isTrue();
        }
        RiskDecision fifth = gate.check(limit(Side.BUY, "1", "100.5"), false);
        clock.advance(Duration.ofMillis(1000));
        RiskDecision aSecondLater = gate.check(limit(Side.BUY, "1", "100.6"), false);

        assertThat(fifth).isEqualTo(RiskDecision.reject("strategy_order_rate",
                "strategy strat sent 4 orders in the last second, limit 4 per second"));
        assertThat(aSecondLater.approved()).isTrue();
    }

    @Test
    void shouldRejectRestrictedSymbol() {
        RiskDecision decision = gate(limits()).check(new OrderRequest("O-r", null, "ACC", null, "paper", "GME",
                Side.BUY, OrderType.LIMIT, BigDecimal.ONE, BigDecimal.TEN, null, null), false);
        assertThat(decision).isEqualTo(RiskDecision.reject("restricted_symbol", "GME is on the restricted list"));
    }

    @Test
    @DisplayName("an identical order within the window is a duplicate; after the window it is not")
    void shouldRejectDuplicateWithinWindow() {
        RiskGate gate = gate(limits());
        OrderRequest first = limit(Side.BUY, "5", "100");
        assertThat(accept(gate, first).approved()).isTrue();
        clock.advance(Duration.ofMillis(200));

        RiskDecision again = gate.check(limit(Side.BUY, "5", "100"), false);
        clock.advance(Duration.ofMillis(300));
        RiskDecision later = gate.check(limit(Side.BUY, "5", "100"), false);

        assertThat(again).isEqualTo(RiskDecision.reject("duplicate_order", "same account, strategy, broker, symbol, "
                + "side, type, quantity and price as order " + first.id() + " 200 ms ago (duplicate window 500 ms); send a "
                + "clientOrderId to retry safely"));
        assertThat(later.approved()).isTrue();
    }

    @Test
    @DisplayName("the kill switch blocks its scope only, until it is turned off")
    void shouldRejectOrdersInKillSwitchScope() {
        RiskGate gate = gate(limits());
        Instant on = clock.instant();
        killSwitch.set("strategy:strat", true, on);

        RiskDecision blocked = gate.check(limit(Side.BUY, "1", "100"), false);
        RiskDecision otherStrategy = gate.check(new OrderRequest("O-m", null, "ACC", "other", "paper", "AAPL",
                Side.BUY, OrderType.LIMIT, BigDecimal.ONE, new BigDecimal("100"), null, null), false);
        killSwitch.set("strategy:strat", false, clock.instant());
        RiskDecision afterOff = gate.check(limit(Side.BUY, "1", "100.01"), false);

        assertThat(blocked).isEqualTo(RiskDecision.reject("kill_switch", "kill switch is on for strategy:strat since "
                + on + "; a person turns it off with POST /api/risk/kill-switch"));
        assertThat(otherStrategy.approved()).isTrue();
        assertThat(afterOff.approved()).isTrue();
    }

    @Test
    @DisplayName("a disabled check does not run")
    void shouldSkipDisabledCheck() {
        RiskDecision decision = gate(limits(EnumSet.of(RiskRule.MAX_ORDER_QUANTITY, RiskRule.MAX_NOTIONAL,
                RiskRule.MAX_GROSS_EXPOSURE))).check(limit(Side.BUY, "1200", "100"), false);
        assertThat(decision.approved()).isTrue();
    }

    /** A clock the test moves. */
    static final class MutableClock implements InstantSource {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
