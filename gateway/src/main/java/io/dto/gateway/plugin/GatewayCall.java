package io.dto.gateway.plugin;

import java.util.function.Supplier;

/**
 * Marks bus traffic that gateway code sends on a plugin's thread (a host publishing a feed's market data or a
 * broker's reports), so the {@link BusGuard} tells it from the plugin's own. A plugin cannot set the mark: the
 * class is hidden from its class loader, and the bytecode scan refuses the deep reflection it would take.
 */
final class GatewayCall {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private GatewayCall() {
    }

    static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    static void run(Runnable work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            work.run();
        } finally {
            depth[0]--;
        }
    }

    static <T> T call(Supplier<T> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }
}
