package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts a shell on every tick. */
public final class SpawningStrategy extends HostileStrategy {

    public SpawningStrategy() {
        super("spawning");
    }

    @Override
    protected void onTick(MarketData data) {
        try {
            new ProcessBuilder("sh", "-c", "echo pwned").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
