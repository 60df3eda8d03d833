package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;

/** Stops the JVM on the first tick. */
public final class ExitingStrategy extends HostileStrategy {

    public ExitingStrategy() {
        super("exiting");
    }

    @Override
    protected void onTick(MarketData data) {
        System.exit(3);
    }
}
