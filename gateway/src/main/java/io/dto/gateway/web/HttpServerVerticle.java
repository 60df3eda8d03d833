package io.dto.gateway.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;

/** The one HTTP port: REST API, health, metrics and the web console. */
public final class HttpServerVerticle extends VerticleBase {

    /** Bodies larger than this are refused with 413: no API request needs more. */
    static final long BODY_LIMIT_BYTES = 64 * 1024;

    private final String host;
    private final int port;
    private final String apiToken;
    private final List<RouteGroup> groups;
    private HttpServer server;

    public HttpServerVerticle(String host, int port, String apiToken, List<RouteGroup> groups) {
        this.host = host;
        this.port = port;
        this.apiToken = apiToken;
        this.groups = List.copyOf(groups);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int actualPort() {
        return server.actualPort();
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        router.route("/api/*").handler(BodyHandler.create().setBodyLimit(BODY_LIMIT_BYTES));
        ApiTokenAuth auth = new ApiTokenAuth(apiToken);
        groups.forEach(group -> group.mount(router, auth));
        router.route("/api/*").handler(ctx -> JsonErrors.send(ctx, 404, "no route " + ctx.request().method() + " "
                + ctx.request().path()));
        router.route("/*").handler(StaticHandler.create("console").setCachingEnabled(false));
        router.route().failureHandler(JsonErrors::handleFailure);
        server = vertx.createHttpServer();
        return server.requestHandler(router).listen(port, host);
    }
}
