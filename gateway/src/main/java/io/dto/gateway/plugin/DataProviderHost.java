package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.DataProviderPlugin;
import io.dto.api.MarketDataSink;
import io.dto.api.SinkStatus;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Tick;
import io.dto.gateway.marketdata.BarAggregatorVerticle;
import io.dto.gateway.marketdata.HistoryRateLimit;
import io.dto.gateway.marketdata.RateLimitedException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Hosts a data provider: starts its stream for the symbols it declares and publishes what it offers on
 * {@code md.tick.<SYMBOL>}, {@code md.quote.<SYMBOL>} and {@code md.bar.<SYMBOL>.<TF>} (trades also go to the bar
 * aggregator). The sink answers {@link SinkStatus#PAUSE} while a subscriber is congested and calls
 * {@code onResume()} on the provider's context once it drained. Historical-bars requests go through the provider's
 * declared rate limit. A reload starts the new instance's stream before stopping the old one, so the feed never
 * goes dark (updates may repeat in the overlap).
 */
final class DataProviderHost extends PluginHost<DataProviderPlugin> {

    private HistoryRateLimit rateLimit;

    DataProviderHost(LoadedPlugin loaded, HostServices services) {
        super(DataProviderPlugin.class, loaded, services);
    }

    @Override
    protected Set<String> addresses(HostedPlugin<DataProviderPlugin> instance) {
        return Set.of();
    }

    @Override
    protected void onMessage(HostedPlugin<DataProviderPlugin> instance, Message<Object> message) {
        // A data provider consumes nothing through its host.
    }

    @Override
    protected Future<Void> activate(HostedPlugin<DataProviderPlugin> instance) {
        Set<String> symbols = instance.plugin().info().capabilities().symbols();
        return call(instance, () -> instance.plugin().startStreaming(symbols, new BusSink(instance)));
    }

    @Override
    protected Future<Void> deactivate(HostedPlugin<DataProviderPlugin> instance) {
        return call(instance, () -> instance.plugin().stopStreaming());
    }

    /**
     * The provider's bars for {@code [from, to)}, within its rate limit: a request waits (on a timer) for a permit
     * up to {@code market_data.history.max_wait_ms}, and fails with {@link RateLimitedException} beyond that.
     */
    Future<List<Bar>> historicalBars(String symbol, Instant from, Instant to, String timeframe) {
        Promise<List<Bar>> result = Promise.promise();
        context.runOnContext(v -> limited(() -> requestBars(symbol, from, to, timeframe)).onComplete(result));
        return result.future();
    }

    private Future<List<Bar>> limited(Supplier<Future<List<Bar>>> request) {
        HistoryRateLimit limit = rateLimit(current());
        long waitMillis = limit == null ? 0 : limit.reserveMillis();
        if (waitMillis < 0) {
            stats().countHistoryRefused();
            return Future.failedFuture(new RateLimitedException("data provider '" + current().id() + "' allows "
                    + limit.perMinute() + " historical requests per minute; try again later"));
        }
        if (waitMillis == 0) {
            return request.get();
        }
        Promise<List<Bar>> later = Promise.promise();
        vertx.setTimer(waitMillis, id -> request.get().onComplete(later));
        return later.future();
    }

    private Future<List<Bar>> requestBars(String symbol, Instant from, Instant to, String timeframe) {
        HostedPlugin<DataProviderPlugin> instance = current();
        try {
            Future<List<Bar>> bars = withLoader(instance, () -> instance.plugin().historicalBars(symbol, from, to,
                    timeframe));
            return bars == null ? Future.failedFuture(new IllegalStateException("provider returned no future"))
                    : bars;
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
    }

    /** The limiter for the current instance's declared rate; rebuilt when a reload declares another rate. */
    private HistoryRateLimit rateLimit(HostedPlugin<DataProviderPlugin> instance) {
        int perMinute = instance.plugin().info().capabilities().rateLimitPerMinute();
        if (perMinute == 0) {
            rateLimit = null;
        } else if (rateLimit == null || rateLimit.perMinute() != perMinute) {
            rateLimit = new HistoryRateLimit(instance.id(), perMinute, services().marketData().historyMaxWaitMillis());
        }
        return rateLimit;
    }

    /** Publishes a provider's updates; thread-safe, since a provider may offer from its own client's thread. */
    private final class BusSink implements MarketDataSink {

        private final HostedPlugin<DataProviderPlugin> instance;
        private final EventBus bus;
        private final boolean aggregate;
        private final AtomicBoolean paused = new AtomicBoolean();

        BusSink(HostedPlugin<DataProviderPlugin> instance) {
            this.instance = instance;
            this.bus = vertx.eventBus();
            this.aggregate = !services().marketData().barTimeframes().isEmpty();
        }

        @Override
        public SinkStatus offer(MarketData data) {
            if (data == null) {
                garbage("null update", "null");
                return SinkStatus.DROPPED;
            }
            bus.publish(address(data), data);
            if (aggregate && data instanceof Tick) {
                bus.send(BarAggregatorVerticle.TRADES, data);
            }
            countOut(1);
            services().observer().onMarketData(instance.id(), data);
            if (paused.get()) {
                return SinkStatus.PAUSE;
            }
            paused.set(true);
            if (services().flow().pauseIfCongested(this::resume)) {
                stats().countFeedPause();
                return SinkStatus.PAUSE;
            }
            paused.set(false);
            return SinkStatus.ACCEPTED;
        }

        @Override
        public void garbage(String reason, String sample) {
            stats().countFeedGarbage();
            services().observer().onGarbage(instance.id());
            log.warn("feed {} sent garbage ({}): {}", instance.id(), reason, abbreviate(sample));
        }

        @Override
        public void reconnecting(String reason) {
            stats().countFeedReconnect();
            services().observer().onReconnecting(instance.id());
            log.info("feed {} reconnecting: {}", instance.id(), reason);
        }

        @Override
        public void finished(String reason) {
            log.info("feed {} finished: {}", instance.id(), reason);
            bus.publish(Addresses.MARKET_DATA_END, instance.id());
        }

        /** Runs when the congestion cleared; hands {@code onResume()} to the provider's context. */
        private void resume() {
            if (paused.compareAndSet(true, false)) {
                context.runOnContext(v -> {
                    try {
                        withLoader(instance, () -> {
                            instance.plugin().onResume();
                            return null;
                        });
                    } catch (Exception e) {
                        pluginError(instance, "resuming its stream", e);
                    }
                });
            }
        }

        private String address(MarketData data) {
            if (data instanceof Tick) {
                return Addresses.tick(data.symbol());
            } else if (data instanceof Quote) {
                return Addresses.quote(data.symbol());
            }
            return Addresses.bar(data.symbol(), ((Bar) data).timeframe());
        }

        private String abbreviate(String sample) {
            return sample == null || sample.length() <= 200 ? sample : sample.substring(0, 200) + "...";
        }
    }
}
