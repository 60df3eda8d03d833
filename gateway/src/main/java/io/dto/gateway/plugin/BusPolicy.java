package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginType;
import io.dto.api.message.OrderEvent;
import java.util.Set;

/**
 * Which event-bus operations a plugin may perform, from its granted permissions. Addresses the gateway owns
 * (market data, broker order and report addresses, order and position events, lifecycle) cannot be written by any
 * plugin: market data reaches the bus only through a data provider's sink, and orders only through the order
 * manager's risk gate. Addresses outside the reserved prefixes are free for plugins to talk among themselves.
 */
public final class BusPolicy {

    /** What a plugin does with an address. */
    public enum Operation {
        PUBLISH,
        SEND,
        REQUEST,
        CONSUME
    }

    private static final Set<String> ORDER_COMMANDS =
            Set.of(Addresses.ORDER_SUBMIT, Addresses.ORDER_CANCEL, Addresses.ORDER_REPLACE);
    private static final Set<String> ACCOUNT_STREAMS = Set.of(Addresses.ORDER_EVENTS, Addresses.POSITION_EVENTS);
    private static final Set<String> GATEWAY_PUBLISHED = Set.of(Addresses.ORDER_EVENTS, Addresses.POSITION_EVENTS,
            Addresses.PLUGIN_LIFECYCLE, Addresses.BROKER_SESSIONS, Addresses.ACCOUNT_QUERY);

    private BusPolicy() {
    }

    /** @throws PermissionDeniedException naming the operation, the address and the missing permission */
    public static void check(String pluginId, Set<Permission> granted, Operation operation, String address) {
        String attempted = verb(operation) + " '" + address + "'";
        if (operation == Operation.CONSUME) {
            checkConsume(pluginId, granted, address, attempted);
        } else {
            checkWrite(pluginId, granted, operation, address, attempted);
        }
    }

    private static void checkConsume(String pluginId, Set<Permission> granted, String address, String attempted) {
        if (address.startsWith(Addresses.MARKET_DATA_PREFIX) || address.startsWith(Addresses.INDICATOR_PREFIX)) {
            require(pluginId, granted, Permission.READ_MARKET_DATA, attempted);
        } else if (ACCOUNT_STREAMS.contains(address)) {
            require(pluginId, granted, Permission.READ_ACCOUNT_INFO, attempted);
        } else if (address.startsWith(Addresses.BROKER_PREFIX) || ORDER_COMMANDS.contains(address)
                || address.equals(Addresses.ACCOUNT_QUERY)) {
            throw new PermissionDeniedException(pluginId, attempted, "that address belongs to the gateway");
        }
    }

    private static void checkWrite(String pluginId, Set<Permission> granted, Operation operation, String address,
            String attempted) {
        if (ORDER_COMMANDS.contains(address)) {
            require(pluginId, granted, Permission.PLACE_ORDERS, attempted);
        } else if (address.equals(Addresses.ACCOUNT_QUERY) && operation == Operation.REQUEST) {
            require(pluginId, granted, Permission.READ_ACCOUNT_INFO, attempted);
        } else if (address.startsWith(Addresses.BROKER_PREFIX)) {
            throw new PermissionDeniedException(pluginId, attempted,
                    "orders reach brokers only through 'order.submit' and the risk gate");
        } else if (address.startsWith(Addresses.MARKET_DATA_PREFIX)) {
            throw new PermissionDeniedException(pluginId, attempted,
                    "market data reaches the bus only through a data provider's sink");
        } else if (GATEWAY_PUBLISHED.contains(address)) {
            throw new PermissionDeniedException(pluginId, attempted, "only the gateway publishes there");
        } else if (address.startsWith(Addresses.INDICATOR_PREFIX)
                && !address.startsWith(Addresses.INDICATOR_PREFIX + pluginId + ".")) {
            throw new PermissionDeniedException(pluginId, attempted, "a plugin publishes only its own indicator values");
        } else if (address.startsWith(Addresses.SIGNAL_PREFIX) && !address.equals(Addresses.signal(pluginId))) {
            throw new PermissionDeniedException(pluginId, attempted, "a plugin publishes only its own signals");
        }
    }

    /**
     * Why a plugin may not receive a message from an address, or {@code null} when it may: market data and indicator
     * values need {@code read_market_data}; order and position events need {@code read_account_info} (a strategy
     * always sees the events of its own orders); the order manager's and brokers' addresses are served only by the
     * order manager and the broker plugin they name.
     */
    public static String refusalToReceive(String pluginId, PluginType type, Set<Permission> granted, String address,
            Object body) {
        if (address.startsWith(Addresses.MARKET_DATA_PREFIX) || address.startsWith(Addresses.INDICATOR_PREFIX)) {
            return granted.contains(Permission.READ_MARKET_DATA) ? null
                    : "its manifest does not grant 'read_market_data'";
        }
        if (address.equals(Addresses.ORDER_EVENTS)) {
            boolean own = body instanceof OrderEvent event && pluginId.equals(event.strategyId());
            return own || granted.contains(Permission.READ_ACCOUNT_INFO) ? null
                    : "its manifest does not grant 'read_account_info' (a strategy sees only its own orders)";
        }
        if (address.equals(Addresses.POSITION_EVENTS)) {
            return granted.contains(Permission.READ_ACCOUNT_INFO) ? null
                    : "its manifest does not grant 'read_account_info'";
        }
        if (ORDER_COMMANDS.contains(address) || address.equals(Addresses.ACCOUNT_QUERY)) {
            return "only the order manager serves that address";
        }
        if (address.startsWith(Addresses.BROKER_PREFIX)) {
            boolean ownOrders = type == PluginType.BROKER && address.equals(Addresses.brokerOrders(pluginId));
            return ownOrders ? null : "only the broker plugin it names takes its orders, and only the gateway its "
                    + "reports";
        }
        return null;
    }

    private static void require(String pluginId, Set<Permission> granted, Permission permission, String attempted) {
        if (!granted.contains(permission)) {
            throw new PermissionDeniedException(pluginId, permission, attempted);
        }
    }

    private static String verb(Operation operation) {
        return switch (operation) {
            case PUBLISH -> "publish to";
            case SEND -> "send to";
            case REQUEST -> "request from";
            case CONSUME -> "consume from";
        };
    }
}
