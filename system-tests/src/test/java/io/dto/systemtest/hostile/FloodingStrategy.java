package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;

/** Publishes thousands of messages for every tick. */
public final class FloodingStrategy extends HostileStrategy {

    public FloodingStrategy() {
        super("flooding");
    }

    @Override
    protected void onTick(MarketData data) {
        for (int i = 0; i < 2000; i++) {
            context.bus().publish("flood.noise", i);
        }
    }
}
