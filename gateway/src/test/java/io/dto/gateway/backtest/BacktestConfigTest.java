package io.dto.gateway.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.marketdata.OverflowPolicy;
import io.dto.gateway.order.SignalSizing;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BacktestConfigTest {

    private static JsonObject minimal() {
        return new JsonObject()
                .put("gateway", new JsonObject().put("api_token", "t"))
                .put("plugins", new JsonObject().put("folders", new JsonArray().add("plugins")));
    }

    @Test
    @DisplayName("without the new sections the gateway keeps its defaults: no backtest, strength sizing, drop_oldest")
    void shouldDefaultNewSections() {
        GatewayConfig config = GatewayConfig.from(minimal());
        assertThat(config.backtest().enabled()).isFalse();
        assertThat(config.backtest().exitWhenDone()).isTrue();
        assertThat(config.sizing().rule()).isEqualTo(SignalSizing.Rule.STRENGTH);
        assertThat(config.marketData().overflowPolicy()).isEqualTo(OverflowPolicy.DROP_OLDEST);
    }

    @Test
    @DisplayName("the backtest, market_data and sizing keys are read, and wrong ones are reported together")
    void shouldReadAndCheckNewSections() {
        JsonObject json = minimal()
                .put("orders", new JsonObject().put("sizing", "notional").put("signal_notional", 5000))
                .put("market_data", new JsonObject().put("buffer", new JsonObject().put("policy", "pause")))
                .put("backtest", new JsonObject().put("enabled", true).put("symbols", new JsonArray().add("GOOG"))
                        .put("starting_equity", 50_000).put("settle_ms", 10));
        GatewayConfig config = GatewayConfig.from(json);
        assertThat(config.sizing().notional()).isEqualByComparingTo("5000");
        assertThat(config.marketData().overflowPolicy()).isEqualTo(OverflowPolicy.PAUSE);
        assertThat(config.backtest().symbols()).containsExactly("GOOG");
        assertThat(config.backtest().startingEquity()).isEqualByComparingTo("50000");

        JsonObject wrong = minimal()
                .put("market_data", new JsonObject().put("bars", "1m"))
                .put("backtest", new JsonObject().put("enabled", "yes").put("starting_equity", -1));
        assertThatThrownBy(() -> GatewayConfig.from(wrong))
                .hasMessageContaining("market_data.bars must be a mapping")
                .hasMessageContaining("backtest.enabled must be true or false")
                .hasMessageContaining("backtest.starting_equity must be a positive number");
    }

    @Test
    @DisplayName("backtest symbols must be a list")
    void shouldRefuseSymbolsThatAreNotAList() {
        List<String> problems = new ArrayList<>();
        BacktestConfig.from(new JsonObject().put("symbols", "GOOG"), problems);
        assertThat(problems).containsExactly("backtest.symbols must be a list of symbols, got GOOG");
    }
}
