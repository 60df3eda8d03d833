package io.dto.plugins.paper;

import io.dto.api.Addresses;
import io.dto.api.BrokerPlugin;
import io.dto.api.Capabilities;
import io.dto.api.ExecutionReportSink;
import io.dto.api.PluginBus;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Quote;
import io.dto.api.message.ReplaceRequest;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A paper broker: fills orders against the live quotes on the bus ({@code md.quote.<SYMBOL>}) instead of a venue, and
 * reports every state change to the gateway as FIX-style execution reports. Matching rules are in
 * {@link PaperVenue}. It follows the quotes of the configured symbols from {@code connect}, and of any other symbol
 * from its first order; a market order in a symbol without a quote yet is rejected, never filled at a made-up price.
 *
 * <p>Threading: every method, and the quote handler, runs on the broker's context, never concurrently.
 */
public final class PaperBroker implements BrokerPlugin {

    static final String NAME = "paper";
    static final String VERSION = "1.0.0";
    private static final String SESSION = "paper";

    private PluginContext context;
    private PaperConfig config;
    private PaperVenue venue;
    private ExecutionReportSink sink;
    private final Map<String, Future<PluginBus.Subscription>> quoteSubscriptions = new LinkedHashMap<>();
    private Instant lastQuoteAt;

    @Override
    public PluginInfo info() {
        Set<String> symbols = config == null ? Set.of() : Set.copyOf(config.symbols());
        return new PluginInfo(NAME, VERSION, PluginType.BROKER,
                "Paper trading: fills against live quotes, with partial fills, stops, IOC/FOK, cancel and replace",
                new Capabilities(symbols, Set.of("execution_reports"), EnumSet.allOf(OrderType.class), Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        this.context = context;
        try {
            config = PaperConfig.from(context.config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return Future.succeededFuture();
    }

    /** Opens the paper session: follows the configured symbols' quotes and reports the session as logged on. */
    @Override
    public Future<Void> connect(ExecutionReportSink reportSink) {
        this.sink = reportSink;
        if (venue == null) {
            venue = new PaperVenue(config.limitToDisplayedSize(),
                    new ExecutionReports(context.pluginId(), context.clock().instant()), this::emit, context.clock());
        }
        List<Future<PluginBus.Subscription>> subscribed = new ArrayList<>();
        config.symbols().forEach(symbol -> subscribed.add(follow(symbol)));
        return Future.all(subscribed).onSuccess(all -> {
            reportSink.onSessionStatus(sessionStatus());
            context.logger().info("paper session open; following quotes of {}", quoteSubscriptions.keySet());
        }).mapEmpty();
    }

    @Override
    public Future<Void> submitOrder(OrderRequest order) {
        if (venue == null) {
            return notConnected();
        }
        if (order.id() == null || order.id().isBlank()) {
            return Future.failedFuture(new IllegalArgumentException("order for " + order.symbol() + " has no id: "
                    + "the order manager assigns the ClOrdID before the broker sees an order"));
        }
        follow(order.symbol());
        context.metrics().increment("orders.received");
        venue.accept(order);
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> cancelOrder(CancelRequest request) {
        return venue == null ? notConnected() : attempt(() -> venue.cancel(request));
    }

    @Override
    public Future<Void> replaceOrder(ReplaceRequest request) {
        return venue == null ? notConnected() : attempt(() -> venue.replace(request));
    }

    @Override
    public Future<Void> requestOrderStatus(String orderId) {
        return venue == null ? notConnected() : attempt(() -> venue.status(orderId));
    }

    @Override
    public List<BrokerSessionStatus> sessions() {
        return List.of(sessionStatus());
    }

    /** Cancels the resting orders (reported, since they do not outlive the broker) and stops following quotes. */
    @Override
    public Future<Void> cleanup() {
        if (venue != null) {
            venue.cancelAll("paper broker stopped: its resting orders do not outlive it");
        }
        List<Future<Void>> canceled = new ArrayList<>();
        quoteSubscriptions.values().forEach(f -> canceled.add(f.compose(PluginBus.Subscription::cancel)));
        quoteSubscriptions.clear();
        sink = null;
        return Future.all(canceled).mapEmpty();
    }

    private Future<PluginBus.Subscription> follow(String symbol) {
        return quoteSubscriptions.computeIfAbsent(symbol,
                s -> context.bus().<Quote>consumer(Addresses.quote(s), this::onQuote));
    }

    private void onQuote(Quote quote) {
        lastQuoteAt = quote.timestamp();
        if (venue != null) {
            venue.onQuote(quote);
        }
    }

    private void emit(ExecutionReport report) {
        if (report.isFill()) {
            context.metrics().increment("fills");
        }
        if (sink != null) {
            sink.onExecutionReport(report);
        }
    }

    private BrokerSessionStatus sessionStatus() {
        return new BrokerSessionStatus(context == null ? NAME : context.pluginId(), SESSION, sink != null, 0, 0,
                lastQuoteAt, "simulated fills against live quotes; " + (venue == null ? 0 : venue.openOrders())
                + " open orders");
    }

    private static Future<Void> attempt(Runnable action) {
        try {
            action.run();
            return Future.succeededFuture();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Future.failedFuture(e);
        }
    }

    private static Future<Void> notConnected() {
        return Future.failedFuture(new IllegalStateException("the paper broker is not connected: connect(sink) "
                + "comes first"));
    }
}
