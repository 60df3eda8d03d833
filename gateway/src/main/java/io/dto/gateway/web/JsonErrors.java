package io.dto.gateway.web;

import io.dto.gateway.marketdata.RateLimitedException;
import io.dto.gateway.plugin.PluginRejectedException;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one way the API answers an error: {@code {"error": "...", "status": N, "details": [...]}}. */
public final class JsonErrors {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    private JsonErrors() {
    }

    public static void send(RoutingContext ctx, int status, String message) {
        send(ctx, status, message, List.of());
    }

    public static void send(RoutingContext ctx, int status, String message, List<String> details) {
        if (ctx.response().ended()) {
            return;
        }
        JsonObject body = new JsonObject().put("status", status).put("error", message);
        if (!details.isEmpty()) {
            body.put("details", new JsonArray(List.copyOf(details)));
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    /** Maps a failure to its status: bad input 400, unknown 404, refused plugin 422, rate limited 429, bus failures by their code. */
    public static void fail(RoutingContext ctx, Throwable error) {
        if (error instanceof PluginRejectedException rejected) {
            send(ctx, 422, rejected.getMessage(), rejected.reasons());
        } else if (error instanceof RateLimitedException) {
            send(ctx, 429, error.getMessage());
        } else if (error instanceof DecodeException) {
            send(ctx, 400, "the body is not valid JSON: " + error.getMessage());
        } else if (error instanceof IllegalArgumentException || error instanceof NullPointerException) {
            send(ctx, 400, error.getMessage());
        } else if (error instanceof NoSuchElementException) {
            send(ctx, 404, error.getMessage());
        } else if (error instanceof ReplyException reply && reply.failureCode() >= 400 && reply.failureCode() < 600) {
            send(ctx, reply.failureCode(), reply.getMessage());
        } else if (error instanceof ReplyException reply) {
            send(ctx, 503, "no answer from the gateway component: " + reply.getMessage());
        } else {
            LOG.error("request {} {} failed", ctx.request().method(), ctx.request().path(), error);
            send(ctx, 500, "internal error: " + error);
        }
    }

    /** The router's failure handler: errors thrown in handlers become JSON too. */
    public static void handleFailure(RoutingContext ctx) {
        if (ctx.failure() != null) {
            fail(ctx, ctx.failure());
        } else if (ctx.statusCode() == 413) {
            send(ctx, 413, "the request body is too large");
        } else {
            send(ctx, ctx.statusCode(), "request failed with status " + ctx.statusCode());
        }
    }
}
