package io.dto.plugins.websocket;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket server on a free loopback port: records what clients send and lets the test push frames. */
final class FeedServer {

    private final List<CompletableFuture<ServerWebSocket>> connections = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
    private HttpServer server;

    static FeedServer start(Vertx vertx) throws Exception {
        FeedServer feed = new FeedServer();
        for (int i = 0; i < 10; i++) {
            feed.connections.add(new CompletableFuture<>());
        }
        Promise<HttpServer> listening = Promise.promise();
        vertx.createHttpServer().webSocketHandler(feed::accept).listen(0, "127.0.0.1").onComplete(listening);
        feed.server = listening.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return feed;
    }

    String url() {
        return "ws://127.0.0.1:" + server.actualPort() + "/feed";
    }

    /** The n-th connection (0 first), waiting for it to arrive. */
    ServerWebSocket connection(int n) throws Exception {
        return connections.get(n).get(10, TimeUnit.SECONDS);
    }

    /** Waits until a client sent a message containing {@code text}; returns the first such message. */
    String awaitMessage(String text) throws InterruptedException {
        awaitCount(text, 1);
        return received.stream().filter(m -> m.contains(text)).findFirst().orElseThrow();
    }

    /** Waits (woken by each message clients send) until {@code count} messages contained {@code text}. */
    synchronized void awaitCount(String text, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (count(text) < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + count + " messages containing '" + text
                        + "'; received " + received);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** How many messages containing {@code text} clients sent so far. */
    long count(String text) {
        return received.stream().filter(m -> m.contains(text)).count();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    Future<Void> send(int connection, String text) throws Exception {
        return connection(connection).writeTextMessage(text);
    }

    private void accept(ServerWebSocket socket) {
        socket.textMessageHandler(this::record);
        for (CompletableFuture<ServerWebSocket> slot : connections) {
            if (slot.complete(socket)) {
                return;
            }
        }
    }

    private synchronized void record(String message) {
        received.add(message);
        notifyAll();
    }
}
