package io.dto.gateway.marketdata;

import io.dto.api.Addresses;
import io.dto.api.message.Bar;
import io.dto.api.message.Tick;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.InstantSource;
import java.util.List;

/**
 * Runs the {@link BarAggregator} on one context: data-provider hosts send it every trade they publish (on the
 * local address {@link #TRADES}), and it publishes each closed bar on {@code md.bar.<SYMBOL>.<TF>}. A periodic timer
 * closes the bars of feeds that have gone quiet.
 */
public final class BarAggregatorVerticle extends VerticleBase {

    /** Local, gateway-internal: trades for aggregation. */
    public static final String TRADES = "gateway.marketdata.trades";

    private final BarAggregator aggregator;
    private final InstantSource clock;
    private final long timerPeriodMillis;
    private MessageConsumer<Tick> consumer;
    private long timer;

    public BarAggregatorVerticle(MarketDataConfig config, InstantSource clock) {
        this.aggregator = new BarAggregator(config.barTimeframes(), config.barCloseDelayMillis());
        this.clock = clock;
        this.timerPeriodMillis = config.barTimerMillis();
    }

    @Override
    public Future<?> start() {
        consumer = vertx.eventBus().localConsumer(TRADES, message -> publish(aggregator.onTick(message.body(),
                clock.millis())));
        timer = vertx.setPeriodic(timerPeriodMillis, id -> publish(aggregator.onTimer(clock.millis())));
        return consumer.completion();
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        return consumer.unregister();
    }

    private void publish(List<Bar> bars) {
        for (Bar bar : bars) {
            vertx.eventBus().publish(Addresses.bar(bar.symbol(), bar.timeframe()), bar);
        }
    }
}
