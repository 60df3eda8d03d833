package io.dto.bench.marketdata;

import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.dto.plugins.indicators.TechnicalIndicators;
import io.dto.plugins.momentum.indicator.MomentumIndicator;
import io.dto.plugins.momentum.strategy.MomentumStrategy;
import io.dto.plugins.synthetic.SyntheticDataProvider;
import io.dto.testkit.DataProviderHarness;
import io.dto.testkit.PluginHarness;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;

/**
 * The measured path, built from the real plugins exactly as the gateway configures them (validated configuration,
 * initialized through the testkit): trades from the synthetic feed go into the standard indicators and the guide's
 * momentum indicator, and the momentum indicator's values into the momentum strategy. The event bus between them is
 * left out: this measures the plugins' work per tick.
 */
final class Pipeline implements AutoCloseable {

    static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "GOOGL");

    private final PluginHarness<TechnicalIndicators> indicators;
    private final PluginHarness<MomentumIndicator> momentum;
    private final PluginHarness<MomentumStrategy> strategy;

    Pipeline() {
        JsonArray symbols = new JsonArray(SYMBOLS);
        indicators = PluginHarness.builder(new TechnicalIndicators())
                .config(new JsonObject().put("symbols", symbols).put("source", "ticks")).build().start();
        momentum = PluginHarness.builder(new MomentumIndicator())
                .config(new JsonObject().put("symbols", symbols).put("source", "ticks").put("threshold", 0.0001))
                .build().start();
        strategy = PluginHarness.builder(new MomentumStrategy())
                .config(new JsonObject().put("symbols", symbols).put("allow_short", true)).build().start();
    }

    /** One tick through both indicators and the strategy; returns the strategy's signals. */
    List<Signal> process(MarketData tick) {
        indicators.plugin().calculate(tick);
        IndicatorValue value = momentum.plugin().calculate(tick);
        return strategy.plugin().onIndicator(value);
    }

    /**
     * {@code count} trades of the synthetic feed, two quote updates a second per symbol at the default 25% volatility
     * (seeded, so every run measures the same ticks).
     */
    static List<Tick> syntheticTicks(int count) {
        JsonObject config = new JsonObject().put("symbols", new JsonArray(SYMBOLS)).put("rate", 2)
                .put("trade_probability", 1.0).put("seed", 42);
        try (DataProviderHarness<SyntheticDataProvider> feed = DataProviderHarness.start(new SyntheticDataProvider(),
                config)) {
            feed.startStreaming();
            feed.advance(Duration.ofMillis(500L * (count / SYMBOLS.size() + 1)));
            return feed.sink().ticks().subList(0, count);
        }
    }

    @Override
    public void close() {
        strategy.close();
        momentum.close();
        indicators.close();
    }
}
