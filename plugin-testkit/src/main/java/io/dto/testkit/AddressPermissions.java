package io.dto.testkit;

import io.dto.api.Addresses;
import io.dto.api.Permission;
import java.util.Optional;

/**
 * Which permission an operation on an address needs, as the javadoc of {@link Addresses} lays it down: consuming
 * {@code md.*} and {@code indicator.*} needs {@code read_market_data}; sending (publish, send or request) to
 * {@code order.*} or a broker's order address needs {@code place_orders}; consuming {@code position.events} or
 * {@code order.events} and requesting {@code account.query} need {@code read_account_info}.
 */
final class AddressPermissions {

    private AddressPermissions() {
    }

    /** The permission needed to publish, send or request to {@code address}, if any. */
    static Optional<Permission> toSend(String address) {
        if (address.startsWith("order.") || isBrokerOrders(address)) {
            return Optional.of(Permission.PLACE_ORDERS);
        }
        if (address.equals(Addresses.ACCOUNT_QUERY)) {
            return Optional.of(Permission.READ_ACCOUNT_INFO);
        }
        return Optional.empty();
    }

    /** The permission needed to register a consumer on {@code address}, if any. */
    static Optional<Permission> toConsume(String address) {
        if (address.startsWith(Addresses.MARKET_DATA_PREFIX) || address.startsWith(Addresses.INDICATOR_PREFIX)) {
            return Optional.of(Permission.READ_MARKET_DATA);
        }
        if (address.equals(Addresses.POSITION_EVENTS) || address.equals(Addresses.ORDER_EVENTS)) {
            return Optional.of(Permission.READ_ACCOUNT_INFO);
        }
        return Optional.empty();
    }

    private static boolean isBrokerOrders(String address) {
        return address.startsWith(Addresses.BROKER_PREFIX) && address.endsWith(".orders");
    }
}
