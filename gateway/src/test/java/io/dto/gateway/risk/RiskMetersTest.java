package io.dto.gateway.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.config.AccountConfig;
import io.dto.gateway.market.QuoteBook;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RiskMeters: exposure, daily P&L, drawdown and kill switch as gauges")
class RiskMetersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QuoteBook quotes = new QuoteBook();
    private final AccountBook book = new AccountBook(new AccountConfig("USD", new BigDecimal("100000"),
            new BigDecimal("0.5"), ZoneId.of("America/New_York")), quotes, InstantSource.fixed(NOW));
    private final OrderExposure exposure = new OrderExposure();
    private final KillSwitch killSwitch = new KillSwitch();
    private final RiskMeters meters = new RiskMeters(registry, List.of("paper"));

    @Test
    @DisplayName("the default account has figures before its first order; scope all and each broker's are off")
    void shouldStartWithDefaultAccountAndScopesOff() {
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        assertThat(gauge(RiskMeters.GROSS_EXPOSURE, "account", "DEFAULT")).isZero();
        assertThat(gauge(RiskMeters.DAILY_PNL, "account", "DEFAULT")).isZero();
        assertThat(gauge(RiskMeters.DRAWDOWN, "account", "DEFAULT")).isZero();
        assertThat(registry.find(RiskMeters.KILL_SWITCH).gauges()).extracting(g -> g.getId().getTag("scope"))
                .containsExactlyInAnyOrder("all", "broker:paper");
        assertThat(registry.find(RiskMeters.KILL_SWITCH).gauges()).allSatisfy(g -> assertThat(g.value()).isZero());
    }

    @Test
    @DisplayName("exposure adds positions at their marks to open orders; P&L and drawdown follow the marks")
    void shouldFollowPositionsAndMarks() {
        book.applyFill("A", "AAPL", Side.BUY, new BigDecimal("100"), new BigDecimal("100"));
        exposure.open("A", "MSFT", Side.BUY, new BigDecimal("10"), new BigDecimal("50"));
        quotes.onQuote(new Quote("AAPL", NOW, 109.9, 100, 110.1, 100));
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        assertThat(gauge(RiskMeters.GROSS_EXPOSURE, "account", "A")).isEqualTo(11_000 + 500);
        assertThat(gauge(RiskMeters.DAILY_PNL, "account", "A")).isEqualTo(1_000);
        assertThat(gauge(RiskMeters.DRAWDOWN, "account", "A")).isZero();

        quotes.onQuote(new Quote("AAPL", NOW, 89.9, 100, 90.1, 100));
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        assertThat(gauge(RiskMeters.DAILY_PNL, "account", "A")).isEqualTo(-1_000);
        assertThat(gauge(RiskMeters.DRAWDOWN, "account", "A")).as("from equity 101,000 down to 99,000")
                .isCloseTo(2_000.0 / 101_000, offset(1e-9));
    }

    @Test
    @DisplayName("the kill switch reads 1 for each scope that is on, and 0 again once it is off")
    void shouldFollowKillSwitchScopes() {
        killSwitch.set("all", true, NOW);
        killSwitch.set("strategy:ma", true, NOW);
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        assertThat(gauge(RiskMeters.KILL_SWITCH, "scope", "all")).isEqualTo(1);
        assertThat(gauge(RiskMeters.KILL_SWITCH, "scope", "strategy:ma")).isEqualTo(1);
        assertThat(gauge(RiskMeters.KILL_SWITCH, "scope", "broker:paper")).isZero();

        killSwitch.set("strategy:ma", false, NOW);
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        assertThat(gauge(RiskMeters.KILL_SWITCH, "scope", "strategy:ma")).isZero();
        assertThat(gauge(RiskMeters.KILL_SWITCH, "scope", "all")).isEqualTo(1);
    }

    @Test
    @DisplayName("accounts beyond the bound count together under _other: exposure and P&L summed, drawdown the largest")
    void shouldBoundAccountCardinality() {
        for (int i = 0; i < RiskMeters.MAX_ACCOUNTS + 2; i++) {
            exposure.open(String.format("A%02d", i), "MSFT", Side.BUY, BigDecimal.ONE, new BigDecimal("50"));
            book.snapshot(String.format("A%02d", i));
        }
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        assertThat(registry.find(RiskMeters.GROSS_EXPOSURE).gauges()).hasSize(RiskMeters.MAX_ACCOUNTS + 1);
        assertThat(gauge(RiskMeters.GROSS_EXPOSURE, "account", "DEFAULT")).isZero();
        assertThat(gauge(RiskMeters.GROSS_EXPOSURE, "account", "A18")).isEqualTo(50);
        assertThat(gauge(RiskMeters.GROSS_EXPOSURE, "account", RiskMeters.OTHER)).as("A19, A20 and A21")
                .isEqualTo(150);
    }

    @Test
    @DisplayName("closing removes every gauge")
    void shouldRemoveGaugesWhenClosed() {
        meters.sample(book, exposure, killSwitch, "DEFAULT");

        meters.close();

        assertThat(registry.getMeters()).isEmpty();
    }

    private double gauge(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).gauge().value();
    }
}
