package io.dto.api;

/**
 * Every event-bus address the gateway and plugins use: dotted, lower case, symbols upper case.
 *
 * <p>Permissions: consuming {@code md.*} and {@code indicator.*} needs {@code read_market_data}; sending to
 * {@code order.*} or a broker's order address needs {@code place_orders}; consuming {@code position.events},
 * {@code order.events} or requesting {@link #ACCOUNT_QUERY} needs {@code read_account_info}.
 */
public final class Addresses {

    /** Request-reply: an {@code OrderRequest} in, the accepted order's {@code OrderEvent} (or a failure) back. */
    public static final String ORDER_SUBMIT = "order.submit";
    /** Request-reply: a {@code CancelRequest}. */
    public static final String ORDER_CANCEL = "order.cancel";
    /** Request-reply: a {@code ReplaceRequest}. */
    public static final String ORDER_REPLACE = "order.replace";
    /** Publish: an {@code OrderEvent} after every change of an order. */
    public static final String ORDER_EVENTS = "order.events";
    /** Publish: a {@code Position} after every change of a position. */
    public static final String POSITION_EVENTS = "position.events";
    /** Request-reply: an account id (or empty string for the default) in, an {@code Account} back. */
    public static final String ACCOUNT_QUERY = "account.query";
    /** Publish: a {@code PluginLifecycleEvent} whenever a plugin changes state. */
    public static final String PLUGIN_LIFECYCLE = "plugin.lifecycle";
    /** Publish: a {@code BrokerSessionStatus} whenever a broker session changes state. */
    public static final String BROKER_SESSIONS = "broker.sessions";

    /** Publish: the id (a String) of a data provider whose stream ended by itself, such as a finished replay. */
    public static final String MARKET_DATA_END = "md.end";

    public static final String MARKET_DATA_PREFIX = "md.";
    public static final String INDICATOR_PREFIX = "indicator.";
    public static final String SIGNAL_PREFIX = "signal.";
    public static final String BROKER_PREFIX = "broker.";
    public static final String UTILITY_PREFIX = "utility.";

    private Addresses() {
    }

    /** Publish: {@code Tick}s (trades) for one symbol. */
    public static String tick(String symbol) {
        return "md.tick." + symbol;
    }

    /** Publish: {@code Quote}s for one symbol. */
    public static String quote(String symbol) {
        return "md.quote." + symbol;
    }

    /** Publish: {@code Bar}s for one symbol and timeframe ({@code 1s}, {@code 1m}, {@code 5m}, {@code 1h}). */
    public static String bar(String symbol, String timeframe) {
        return "md.bar." + symbol + "." + timeframe;
    }

    /** Publish: {@code IndicatorValue}s of one indicator plugin for one symbol. */
    public static String indicator(String pluginId, String symbol) {
        return INDICATOR_PREFIX + pluginId + "." + symbol;
    }

    /** Publish: {@code Signal}s of one strategy plugin. */
    public static String signal(String pluginId) {
        return SIGNAL_PREFIX + pluginId;
    }

    /** Request-reply, gateway to broker host: {@code OrderRequest}, {@code CancelRequest}, {@code ReplaceRequest}. */
    public static String brokerOrders(String brokerId) {
        return BROKER_PREFIX + brokerId + ".orders";
    }

    /** Publish, broker host to gateway: {@code ExecutionReport}s. */
    public static String brokerReports(String brokerId) {
        return BROKER_PREFIX + brokerId + ".reports";
    }

    /** Request-reply: operations of a utility plugin. */
    public static String utility(String pluginId) {
        return UTILITY_PREFIX + pluginId;
    }
}
