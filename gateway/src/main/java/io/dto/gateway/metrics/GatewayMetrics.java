package io.dto.gateway.metrics;

import io.dto.api.Addresses;
import io.dto.api.PluginType;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.gateway.plugin.HostObserver;
import io.dto.gateway.plugin.PluginStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import java.time.InstantSource;
import java.util.List;

/**
 * The gateway's own meters: binds each binder to the registry and feeds them from the bus ({@code plugin.lifecycle},
 * {@code order.events}, {@code broker.sessions}) and from the plugin hosts ({@link #hostObserver()}). Deploy it
 * before the plugins, so it sees their first lifecycle events.
 */
public final class GatewayMetrics extends VerticleBase {

    private final PluginMeters plugins = new PluginMeters();
    private final FeedMeters feeds;
    private final OrderMeters orders = new OrderMeters();
    private final BrokerSessionMeters sessions;

    public GatewayMetrics(MeterRegistry registry, InstantSource clock) {
        this.feeds = new FeedMeters(clock);
        this.sessions = new BrokerSessionMeters(clock);
        plugins.bindTo(registry);
        feeds.bindTo(registry);
        orders.bindTo(registry);
        sessions.bindTo(registry);
    }

    public FeedMeters feeds() {
        return feeds;
    }

    public OrderMeters orders() {
        return orders;
    }

    public BrokerSessionMeters sessions() {
        return sessions;
    }

    @Override
    public Future<?> start() {
        EventBus bus = vertx.eventBus();
        return Future.all(List.of(
                bus.<PluginLifecycleEvent>consumer(Addresses.PLUGIN_LIFECYCLE, m -> plugins.onLifecycle(m.body()))
                        .completion(),
                bus.<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> orders.onOrderEvent(m.body())).completion(),
                bus.<BrokerSessionStatus>consumer(Addresses.BROKER_SESSIONS, m -> sessions.onStatus(m.body()))
                        .completion()));
    }

    /** What the plugin hosts report, routed to the plugin, feed and session meters. */
    public HostObserver hostObserver() {
        return new HostObserver() {
            @Override
            public void onHostStarted(String pluginId, PluginType type, PluginStats stats) {
                plugins.onHostStarted(pluginId, stats);
                if (type == PluginType.DATA_PROVIDER) {
                    feeds.onFeedStarted(pluginId, stats);
                } else if (type == PluginType.BROKER) {
                    sessions.onBrokerStarted(pluginId);
                }
            }

            @Override
            public void onHostStopped(String pluginId) {
                plugins.onHostStopped(pluginId);
                feeds.onFeedStopped(pluginId);
                sessions.onBrokerStopped(pluginId);
            }

            @Override
            public void onHandled(String pluginId, long nanos) {
                plugins.onHandled(pluginId, nanos);
            }

            @Override
            public void onReloaded(String pluginId, boolean succeeded) {
                plugins.onReloaded(pluginId, succeeded);
            }

            @Override
            public void onMarketData(String feedId, MarketData data) {
                feeds.onMarketData(feedId, data);
            }

            @Override
            public void onGarbage(String feedId) {
                feeds.onGarbage(feedId);
            }

            @Override
            public void onReconnecting(String feedId) {
                feeds.onReconnecting(feedId);
            }
        };
    }
}
