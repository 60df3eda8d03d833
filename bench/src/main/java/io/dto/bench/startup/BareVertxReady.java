package io.dto.bench.startup;

import io.vertx.core.Vertx;

/**
 * The start-up baseline: a JVM that starts Vert.x and an HTTP server answering {@code /ready} with 200, and nothing
 * else. Run by {@link StartupScenario} as a child process, port as the only argument.
 */
public final class BareVertxReady {

    private BareVertxReady() {
    }

    public static void main(String[] args) {
        Vertx.vertx().createHttpServer().requestHandler(request -> request.response()
                .setStatusCode("/ready".equals(request.path()) ? 200 : 404).end())
                .listen(Integer.parseInt(args[0]), "127.0.0.1");
    }
}
