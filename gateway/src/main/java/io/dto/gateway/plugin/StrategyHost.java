package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.Permission;
import io.dto.api.StrategyPlugin;
import io.dto.api.message.Bar;
import io.dto.api.message.IndicatorValue;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.vertx.core.eventbus.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hosts a strategy: feeds it the market data and indicator values it subscribes to and its own order events,
 * publishes its signals on {@code signal.<plugin>}, and routes them to the order path when it may place orders.
 */
final class StrategyHost extends PluginHost<StrategyPlugin> {

    StrategyHost(LoadedPlugin loaded, HostServices services) {
        super(StrategyPlugin.class, loaded, services);
    }

    @Override
    protected Set<String> addresses(HostedPlugin<StrategyPlugin> instance) {
        Set<String> addresses = MarketDataAddresses.of(instance.plugin().subscriptions());
        addresses.add(Addresses.ORDER_EVENTS);
        return addresses;
    }

    @Override
    protected void onMessage(HostedPlugin<StrategyPlugin> instance, Message<Object> message) {
        Object body = message.body();
        if (body instanceof MarketData data) {
            if (MarketDataAddresses.wanted(instance.plugin().subscriptions(), data)) {
                emit(instance, instance.plugin().onMarketData(data));
            }
        } else if (body instanceof IndicatorValue value) {
            emit(instance, instance.plugin().onIndicator(value));
        } else if (body instanceof OrderEvent event && instance.id().equals(event.strategyId())) {
            instance.plugin().onOrderEvent(event);
        }
    }

    private void emit(HostedPlugin<StrategyPlugin> instance, List<Signal> signals) {
        if (signals == null || signals.isEmpty()) {
            return;
        }
        boolean mayTrade = instance.context().permissions().contains(Permission.PLACE_ORDERS);
        String address = Addresses.signal(instance.id());
        for (Signal signal : signals) {
            if (!instance.id().equals(signal.strategyId())) {
                pluginError(instance, "emitting a signal", new IllegalArgumentException("signal strategyId '"
                        + signal.strategyId() + "' is not the plugin's id '" + instance.id() + "'"));
                continue;
            }
            GatewayCall.run(() -> {
                vertx.eventBus().publish(address, signal);
                if (mayTrade) {
                    services().signalRouter().route(signal);
                }
            });
        }
        countOut(signals.size());
    }

    /** The bus addresses of a data subscription, and whether an update belongs to it. */
    static final class MarketDataAddresses {

        private MarketDataAddresses() {
        }

        static Set<String> of(DataSubscription subscription) {
            Set<String> addresses = new HashSet<>();
            for (String symbol : subscription.symbols()) {
                if (subscription.kinds().contains(MarketDataKind.TICKS)) {
                    addresses.add(Addresses.tick(symbol));
                }
                if (subscription.kinds().contains(MarketDataKind.QUOTES)) {
                    addresses.add(Addresses.quote(symbol));
                }
                if (subscription.kinds().contains(MarketDataKind.BARS)) {
                    subscription.barTimeframes().forEach(tf -> addresses.add(Addresses.bar(symbol, tf)));
                }
                subscription.indicators().forEach(id -> addresses.add(Addresses.indicator(id, symbol)));
            }
            return addresses;
        }

        /** A reloaded instance may subscribe to less than its predecessor; it sees only what it asked for. */
        static boolean wanted(DataSubscription subscription, MarketData data) {
            if (!subscription.symbols().contains(data.symbol())) {
                return false;
            }
            if (data instanceof Bar bar) {
                return subscription.kinds().contains(MarketDataKind.BARS)
                        && subscription.barTimeframes().contains(bar.timeframe());
            }
            return subscription.kinds().contains(data instanceof Tick ? MarketDataKind.TICKS : MarketDataKind.QUOTES);
        }
    }
}
