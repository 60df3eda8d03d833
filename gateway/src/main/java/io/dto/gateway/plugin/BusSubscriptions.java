package io.dto.gateway.plugin;

/**
 * Hears of every address a plugin host, or its plugin through {@code PluginBus}, starts or stops consuming. In the
 * gateway nobody needs to ({@link #LOCAL}); in a plugin-host process the link to the gateway forwards them, so the
 * gateway sends the process what it consumes, after checking that it may.
 */
public interface BusSubscriptions {

    BusSubscriptions LOCAL = new BusSubscriptions() {
        @Override
        public void subscribed(String address) {
            // Consumers in the gateway's own JVM receive from its bus directly.
        }

        @Override
        public void unsubscribed(String address) {
            // As above.
        }
    };

    void subscribed(String address);

    void unsubscribed(String address);
}
