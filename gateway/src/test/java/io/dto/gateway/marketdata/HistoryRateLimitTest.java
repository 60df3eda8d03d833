package io.dto.gateway.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HistoryRateLimitTest {

    @Test
    @DisplayName("the declared requests per minute pass at once; the next is refused when it may not wait")
    void shouldRefuseBeyondBudgetWithoutWaiting() {
        HistoryRateLimit limit = new HistoryRateLimit("feed", 3, 0);
        assertThat(List.of(limit.reserveMillis(), limit.reserveMillis(), limit.reserveMillis()))
                .containsOnly(0L);
        assertThat(limit.reserveMillis()).isEqualTo(-1);
    }

    @Test
    @DisplayName("beyond the budget a request that may wait long enough is told how long")
    void shouldReserveLaterPermitWhenWaitAllowed() {
        HistoryRateLimit limit = new HistoryRateLimit("feed", 1, 120_000);
        assertThat(limit.reserveMillis()).isZero();
        assertThat(limit.reserveMillis()).isBetween(1L, 60_000L);
    }

    @Test
    @DisplayName("a rate of zero is not a limit")
    void shouldRejectZeroRate() {
        assertThatThrownBy(() -> new HistoryRateLimit("feed", 0, 0)).hasMessageContaining("at least one request");
    }

    @Test
    @DisplayName("market_data defaults, and every wrong key named at once")
    void shouldReadMarketDataSection() {
        List<String> problems = new ArrayList<>();
        MarketDataConfig defaults = MarketDataConfig.from(new JsonObject(), problems);
        assertThat(problems).isEmpty();
        assertThat(defaults.bufferCapacity()).isEqualTo(10_000);
        assertThat(defaults.overflowPolicy()).isEqualTo(OverflowPolicy.DROP_OLDEST);
        assertThat(defaults.barTimeframes()).extracting(BarTimeframe::label).containsExactly("1s", "1m", "5m", "1h");

        MarketDataConfig.from(new JsonObject()
                .put("buffer", new JsonObject().put("capacity", 2).put("policy", "block"))
                .put("bars", new JsonObject().put("timeframes", List.of("1m", "90")))
                .put("history", new JsonObject().put("max_wait_ms", -1)), problems);
        assertThat(problems).hasSize(4).anySatisfy(p -> assertThat(p).contains("drop_oldest, drop_newest, pause"))
                .anySatisfy(p -> assertThat(p).startsWith("market_data.buffer.capacity"))
                .anySatisfy(p -> assertThat(p).contains("'90'"))
                .anySatisfy(p -> assertThat(p).startsWith("market_data.history.max_wait_ms"));
    }
}
