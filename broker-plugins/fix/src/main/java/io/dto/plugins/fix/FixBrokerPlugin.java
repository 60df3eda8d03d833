package io.dto.plugins.fix;

import io.dto.api.BrokerPlugin;
import io.dto.api.Capabilities;
import io.dto.api.ExecutionReportSink;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The FIX broker: a QuickFIX/J initiator whose session comes from a standard settings file, so any FIX counterparty
 * is reached by configuration alone. Orders go out on one sender thread (see {@link SessionSender} for why not on
 * the event loop); reports come back on QuickFIX/J's thread and are handed over to this plugin's context before the
 * gateway hears of them.
 */
public final class FixBrokerPlugin implements BrokerPlugin {

    private static final String VERSION = "1.0.0";

    private PluginContext context;
    private FixConfig config;
    private FixSessionSettings settings;
    private FixSession session;

    @Override
    public PluginInfo info() {
        return new PluginInfo("fix", VERSION, PluginType.BROKER,
                "FIX initiator (QuickFIX/J): FIX 4.2, 4.4 and FIXT.1.1/5.0SP2 by settings file",
                new Capabilities(Set.of(), Set.of("execution_reports", "session_status"),
                        EnumSet.allOf(OrderType.class), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext pluginContext) {
        this.context = pluginContext;
        try {
            this.config = FixConfig.from(pluginContext.config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return pluginContext.executeBlocking(() -> FixSessionSettings.load(config.settingsFile()))
                .map(loaded -> {
                    this.settings = loaded;
                    return null;
                });
    }

    @Override
    public Future<Void> connect(ExecutionReportSink sink) {
        return context.executeBlocking(() -> FixSession.open(config, settings, context, sink))
                .compose(opened -> {
                    this.session = opened;
                    opened.redeliverJournal();
                    return context.executeBlocking(() -> {
                        opened.start();
                        return null;
                    });
                })
                .onSuccess(v -> context.logger().info("FIX session {} started from {}", settings.sessionId(),
                        settings.file()))
                .mapEmpty();
    }

    @Override
    public Future<Void> submitOrder(OrderRequest order) {
        return running().compose(s -> s.sender().submit(order));
    }

    @Override
    public Future<Void> cancelOrder(CancelRequest request) {
        return running().compose(s -> s.sender().cancel(request));
    }

    @Override
    public Future<Void> replaceOrder(ReplaceRequest request) {
        return running().compose(s -> s.sender().replace(request));
    }

    @Override
    public Future<Void> requestOrderStatus(String orderId) {
        return running().compose(s -> s.sender().requestStatus(orderId));
    }

    @Override
    public List<BrokerSessionStatus> sessions() {
        return session == null ? List.of() : List.of(session.status());
    }

    @Override
    public Future<Void> cleanup() {
        FixSession running = session;
        session = null;
        if (running == null) {
            return Future.succeededFuture();
        }
        return context.executeBlocking(() -> {
            running.stop();
            return null;
        });
    }

    private Future<FixSession> running() {
        return session == null
                ? Future.failedFuture(new IllegalStateException("the fix broker is not connected"))
                : Future.succeededFuture(session);
    }
}
