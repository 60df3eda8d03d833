package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;

/** Blocks its thread for seconds on every tick. */
public final class BlockingStrategy extends HostileStrategy {

    public BlockingStrategy() {
        super("blocking");
    }

    @Override
    protected void onTick(MarketData data) {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
