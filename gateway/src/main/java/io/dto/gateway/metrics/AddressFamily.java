package io.dto.gateway.metrics;

import io.dto.api.Addresses;

/**
 * The {@code address} label of the event-bus meters: an address without its symbol, so the label has one value
 * per kind of traffic rather than one per symbol ({@code md.tick.AAPL} is {@code md.tick},
 * {@code indicator.vwap.AAPL} is {@code indicator.vwap}). Other addresses are named in configuration (plugins,
 * brokers) and stay as they are.
 */
final class AddressFamily {

    private AddressFamily() {
    }

    static String of(String address) {
        if (address.startsWith(Addresses.MARKET_DATA_PREFIX)) {
            int kindEnd = address.indexOf('.', Addresses.MARKET_DATA_PREFIX.length());
            return kindEnd < 0 ? address : address.substring(0, kindEnd);
        }
        if (address.startsWith(Addresses.INDICATOR_PREFIX)) {
            int pluginEnd = address.indexOf('.', Addresses.INDICATOR_PREFIX.length());
            return pluginEnd < 0 ? address : address.substring(0, pluginEnd);
        }
        return address;
    }
}
