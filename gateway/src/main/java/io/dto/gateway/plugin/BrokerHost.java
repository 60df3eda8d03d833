package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.BrokerPlugin;
import io.dto.api.ExecutionReportSink;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import java.util.Set;

/**
 * Hosts a broker: takes orders, cancels and replaces from the order manager on {@code broker.<id>.orders}
 * (request-reply: the reply says whether the request reached the venue) and publishes the broker's execution
 * reports on {@code broker.<id>.reports}. A reload disconnects the old instance before connecting the new one
 * (two sessions with one identity would fight); requests that arrive meanwhile wait and are then handled in order.
 */
final class BrokerHost extends PluginHost<BrokerPlugin> {

    BrokerHost(LoadedPlugin loaded, HostServices services) {
        super(BrokerPlugin.class, loaded, services);
    }

    @Override
    protected ReloadOrder reloadOrder() {
        return ReloadOrder.BREAK_BEFORE_MAKE;
    }

    @Override
    protected Set<String> addresses(HostedPlugin<BrokerPlugin> instance) {
        return Set.of(Addresses.brokerOrders(instance.id()));
    }

    @Override
    protected Future<Void> activate(HostedPlugin<BrokerPlugin> instance) {
        return call(instance, () -> instance.plugin().connect(new BusReportSink(instance.id())));
    }

    @Override
    protected void onMessage(HostedPlugin<BrokerPlugin> instance, Message<Object> message) {
        Object body = message.body();
        Future<Void> result;
        if (body instanceof OrderRequest order) {
            result = call(instance, () -> instance.plugin().submitOrder(order));
        } else if (body instanceof CancelRequest cancel) {
            result = call(instance, () -> instance.plugin().cancelOrder(cancel));
        } else if (body instanceof ReplaceRequest replace) {
            result = call(instance, () -> instance.plugin().replaceOrder(replace));
        } else if (body instanceof String orderId) {
            result = call(instance, () -> instance.plugin().requestOrderStatus(orderId));
        } else {
            message.fail(400, "broker " + instance.id() + " cannot handle " + describeBody(body));
            return;
        }
        result.onComplete(ar -> {
            if (ar.succeeded()) {
                message.reply(null);
            } else {
                message.fail(502, describe(ar.cause()));
            }
        });
    }

    private static String describeBody(Object body) {
        return body == null ? "an empty message" : body.getClass().getSimpleName();
    }

    /** Publishes reports; thread-safe, since brokers report from their engine's threads. */
    private final class BusReportSink implements ExecutionReportSink {

        private final String address;

        BusReportSink(String brokerId) {
            this.address = Addresses.brokerReports(brokerId);
        }

        @Override
        public void onExecutionReport(ExecutionReport report) {
            GatewayCall.run(() -> vertx.eventBus().publish(address, report));
            countOut(1);
        }

        @Override
        public void onSessionStatus(BrokerSessionStatus status) {
            GatewayCall.run(() -> vertx.eventBus().publish(Addresses.BROKER_SESSIONS, status));
        }
    }
}
