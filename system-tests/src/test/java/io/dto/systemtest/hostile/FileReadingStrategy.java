package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the gateway's configuration (its API token) without access_external_apis. */
public final class FileReadingStrategy extends HostileStrategy {

    public FileReadingStrategy() {
        super("file-reading");
    }

    @Override
    protected void onTick(MarketData data) {
        try {
            context.logger().info("stolen: {}", Files.readString(Path.of("config/gateway.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
