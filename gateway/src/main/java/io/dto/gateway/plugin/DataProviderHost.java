package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.DataProviderPlugin;
import io.dto.api.MarketDataSink;
import io.dto.api.SinkStatus;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.Quote;
import io.dto.api.message.Tick;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import java.util.Set;

/**
 * Hosts a data provider: starts its stream for the symbols it declares and publishes what it offers on
 * {@code md.tick.<SYMBOL>}, {@code md.quote.<SYMBOL>} and {@code md.bar.<SYMBOL>.<TF>}. A reload starts the new
 * instance's stream before stopping the old one, so the feed never goes dark (updates may repeat in the overlap).
 */
final class DataProviderHost extends PluginHost<DataProviderPlugin> {

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

    /** Publishes a provider's updates; thread-safe, since a provider may offer from its own client's thread. */
    private final class BusSink implements MarketDataSink {

        private final HostedPlugin<DataProviderPlugin> instance;
        private final EventBus bus;

        BusSink(HostedPlugin<DataProviderPlugin> instance) {
            this.instance = instance;
            this.bus = vertx.eventBus();
        }

        @Override
        public SinkStatus offer(MarketData data) {
            if (data == null) {
                garbage("null update", "null");
                return SinkStatus.DROPPED;
            }
            GatewayCall.run(() -> bus.publish(address(data), data));
            countOut(1);
            services().observer().onMarketData(instance.id(), data);
            return SinkStatus.ACCEPTED;
        }

        @Override
        public void garbage(String reason, String sample) {
            services().observer().onGarbage(instance.id());
            log.warn("feed {} sent garbage ({}): {}", instance.id(), reason, abbreviate(sample));
        }

        @Override
        public void reconnecting(String reason) {
            services().observer().onReconnecting(instance.id());
            log.info("feed {} reconnecting: {}", instance.id(), reason);
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
