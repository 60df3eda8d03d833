package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;

/** Opens a raw socket without access_external_apis. */
public final class SocketStrategy extends HostileStrategy {

    public SocketStrategy() {
        super("socket");
    }

    @Override
    protected void onTick(MarketData data) {
        try (Socket socket = new Socket("127.0.0.1", 9)) {
            socket.getOutputStream().write(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
