package io.dto.gateway.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.codec.MessageCodecs;
import io.dto.api.message.Account;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.config.AccountConfig;
import io.dto.gateway.market.QuoteBook;
import io.dto.gateway.plugin.RiskQuery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Risk plugins on the order path: the chain in configured order, and the periodic portfolio checks")
class RiskPluginChainTest {

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<BigDecimal> pnlUpdates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void plugins(Vertx vertx, VertxTestContext test) {
        MessageCodecs.registerAll(vertx.eventBus());
        RiskQuery.registerCodecs(vertx.eventBus());
        Future.all(host(vertx, "approver", RiskDecision.approve()),
                        host(vertx, "refuser", RiskDecision.reject("correlation_limit", "average correlation 0.91")))
                .onComplete(test.succeedingThenComplete());
    }

    /** Stands in for a RiskHost: answers the gateway's queries on the plugin's address. */
    private Future<Void> host(Vertx vertx, String plugin, RiskDecision decision) {
        return vertx.eventBus().<Object>consumer(RiskQuery.address(plugin), m -> {
            asked.add(plugin);
            if (m.body() instanceof RiskQuery.ValidateOrder) {
                m.reply(decision);
            } else if (m.body() instanceof RiskQuery.CheckPortfolio query) {
                m.reply(new PortfolioRisk(plugin, false, Map.of("var", 12.5), List.of("VaR too high"),
                        query.account().updatedAt()));
            } else if (m.body() instanceof RiskQuery.PnlChange change) {
                pnlUpdates.add(change.change());
                m.reply(null);
            }
        }).completion();
    }

    private static OrderRequest order() {
        return new OrderRequest("O-1", null, "A", null, "paper", "AAPL", Side.BUY, OrderType.LIMIT, BigDecimal.TEN,
                new BigDecimal("100"), null, null);
    }

    private static Account account() {
        return new Account("A", "USD", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Instant.EPOCH);
    }

    @Test
    @DisplayName("plugins are asked in order; the first rejection wins and names the plugin")
    void shouldAskPluginsInOrderAndStopAtFirstRejection(Vertx vertx, VertxTestContext test) {
        new RiskPluginChain(vertx, List.of("approver", "refuser", "approver"), 500)
                .validate(order(), List::of, RiskPluginChainTest::account)
                .onComplete(test.succeeding(decision -> test.verify(() -> {
                    assertThat(decision).isEqualTo(RiskDecision.reject("refuser.correlation_limit",
                            "average correlation 0.91"));
                    assertThat(asked).containsExactly("approver", "refuser");
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("a plugin that is not running rejects the order: the gate fails closed")
    void shouldRejectWhenPluginDoesNotAnswer(Vertx vertx, VertxTestContext test) {
        new RiskPluginChain(vertx, List.of("approver", "absent"), 200)
                .validate(order(), List::of, RiskPluginChainTest::account)
                .onComplete(test.succeeding(decision -> test.verify(() -> {
                    assertThat(decision.approved()).isFalse();
                    assertThat(decision.rule()).isEqualTo("risk_plugin");
                    assertThat(decision.reason()).startsWith("risk plugin absent gave no decision");
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("each period every plugin gets the P&L change and checks each account's portfolio")
    void shouldSendPnlChangesAndCollectPortfolioChecks(Vertx vertx, VertxTestContext test) {
        AccountBook accounts = new AccountBook(new AccountConfig("USD", new BigDecimal("1000"), new BigDecimal("0.5"),
                ZoneId.of("UTC")), new QuoteBook(), InstantSource.system());
        accounts.applyFill("A", "AAPL", Side.BUY, BigDecimal.TEN, new BigDecimal("10"));
        accounts.applyFill("A", "AAPL", Side.SELL, BigDecimal.ONE, new BigDecimal("12"));
        PortfolioMonitor monitor = new PortfolioMonitor(vertx, List.of("refuser"), 500, accounts);
        monitor.runOnce().compose(v -> monitor.runOnce()).onComplete(test.succeeding(v -> test.verify(() -> {
            assertThat(pnlUpdates).as("realized 2 plus 9 marked at 12 over cost 10: 20, sent once")
                    .containsExactly(new BigDecimal("20.00000000"));
            PortfolioRisk risk = monitor.latest().get("refuser").get("A");
            assertThat(risk.breaches()).containsExactly("VaR too high");
            test.completeNow();
        })));
    }
}
