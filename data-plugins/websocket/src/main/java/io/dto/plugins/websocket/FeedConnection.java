package io.dto.plugins.websocket;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;

/**
 * One WebSocket feed connection that keeps itself up: it dials, sends the subscription messages, sends heartbeats,
 * drops a connection that has been silent past the idle timeout, and redials after any drop with exponential
 * backoff and jitter, subscribing again each time.
 *
 * <p>Threading: created and used on one Vert.x context; its timers and socket handlers run there too.
 */
final class FeedConnection {

    /** What the connection tells its owner. */
    interface Listener {
        void onText(String message);

        void onBinary(Buffer message);

        /** The connection dropped (or could not be made) and will be redialled. */
        void onDropped(String reason);
    }

    private final Vertx vertx;
    private final WebSocketConfig config;
    private final List<String> subscriptions;
    private final Listener listener;
    private final Logger log;
    private final WebSocketClient client;
    private final Backoff backoff;
    private WebSocket socket;
    private long heartbeatTimer = -1;
    private long reconnectTimer = -1;
    private long lastReceivedNanos;
    private boolean stopped;
    private boolean paused;

    FeedConnection(Vertx vertx, WebSocketConfig config, List<String> subscriptions, Listener listener, Logger log) {
        this.vertx = vertx;
        this.config = config;
        this.subscriptions = List.copyOf(subscriptions);
        this.listener = listener;
        this.log = log;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxFrameSize(config.maxMessageBytes() * 16)
                .setMaxMessageSize(config.maxMessageBytes() * 16));
        this.backoff = new Backoff(config.reconnectInitialMillis(), config.reconnectMaxMillis(),
                config.reconnectJitter(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Dials; completes after the first attempt, connected or not (a failed attempt is retried). */
    Future<Void> start() {
        Promise<Void> firstAttempt = Promise.promise();
        dial(firstAttempt);
        heartbeatTimer = vertx.setPeriodic(config.heartbeatMillis(), id -> heartbeat());
        return firstAttempt.future();
    }

    Future<Void> stop() {
        stopped = true;
        vertx.cancelTimer(heartbeatTimer);
        vertx.cancelTimer(reconnectTimer);
        Future<Void> closed = socket == null ? Future.succeededFuture() : socket.close();
        return closed.eventually(client::close).recover(e -> Future.succeededFuture());
    }

    /** Stops reading from the socket (TCP back-pressure reaches the server) until {@link #resume()}. */
    void pause() {
        paused = true;
        if (socket != null) {
            socket.pause();
        }
    }

    void resume() {
        paused = false;
        if (socket != null) {
            socket.resume();
        }
    }

    boolean connected() {
        return socket != null;
    }

    private void dial(Promise<Void> attempt) {
        reconnectTimer = -1;
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(config.url().toString());
        client.connect(options).onComplete(result -> {
            if (result.succeeded()) {
                opened(result.result());
            } else {
                dropped("could not connect to " + config.url() + ": " + result.cause().getMessage());
            }
            attempt.tryComplete();
        });
    }

    private void opened(WebSocket ws) {
        if (stopped) {
            ws.close();
            return;
        }
        socket = ws;
        backoff.reset();
        lastReceivedNanos = System.nanoTime();
        ws.textMessageHandler(text -> received(listener::onText, text));
        ws.binaryMessageHandler(data -> received(listener::onBinary, data));
        ws.pongHandler(pong -> lastReceivedNanos = System.nanoTime());
        ws.exceptionHandler(e -> log.debug("feed {} socket error: {}", config.url(), e.getMessage()));
        ws.closeHandler(v -> {
            if (socket == ws) {
                socket = null;
                dropped("connection to " + config.url() + " closed" + (ws.closeReason() == null ? ""
                        : ": " + ws.closeReason()));
            }
        });
        subscriptions.forEach(ws::writeTextMessage);
        if (paused) {
            ws.pause();
        }
        log.info("connected to {}; sent {} subscription message(s)", config.url(), subscriptions.size());
    }

    private <T> void received(Handler<T> handler, T message) {
        lastReceivedNanos = System.nanoTime();
        handler.handle(message);
    }

    private void heartbeat() {
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        if ((System.nanoTime() - lastReceivedNanos) / 1_000_000 > config.idleTimeoutMillis()) {
            log.warn("feed {} silent for over {} ms; dropping the connection", config.url(),
                    config.idleTimeoutMillis());
            ws.close((short) 1001, "idle");
            return;
        }
        if (config.heartbeatMessage().isBlank()) {
            ws.writePing(Buffer.buffer("hb"));
        } else {
            ws.writeTextMessage(config.heartbeatMessage());
        }
    }

    private void dropped(String reason) {
        if (stopped) {
            return;
        }
        long delay = backoff.next();
        log.warn("{}; reconnect attempt {} in {} ms", reason, backoff.attempts(), delay);
        listener.onDropped(reason);
        reconnectTimer = vertx.setTimer(delay, id -> dial(Promise.promise()));
    }
}
