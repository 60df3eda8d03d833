package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;

/** Throws on every tick. */
public final class ThrowingStrategy extends HostileStrategy {

    public ThrowingStrategy() {
        super("throwing");
    }

    @Override
    protected void onTick(MarketData data) {
        throw new IllegalStateException("throwing on tick at " + data.price());
    }
}
