package io.dto.gateway.web;

import io.dto.gateway.order.OrderManagerVerticle;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/risk} (limits, usage, kill switch, breaker and limiter states, portfolio checks) and
 * {@code POST /api/risk/kill-switch} ({@code {"enabled": true|false, "scope": "all" | "broker:<id>" |
 * "strategy:<id>"}}, scope all when left out).
 */
public final class RiskRoutes implements RouteGroup {

    private final Vertx vertx;

    public RiskRoutes(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/risk").handler(this::risk);
        router.post("/api/risk/kill-switch").handler(auth).handler(this::killSwitch);
    }

    private void risk(RoutingContext ctx) {
        vertx.eventBus().<JsonObject>request(OrderManagerVerticle.RISK_QUERY, "")
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void killSwitch(RoutingContext ctx) {
        JsonObject body = ctx.body().length() == 0 ? null : ctx.body().asJsonObject();
        if (body == null) {
            throw new IllegalArgumentException("the body must be {\"enabled\": true|false, \"scope\": \"all\"}");
        }
        vertx.eventBus().<JsonObject>request(OrderManagerVerticle.KILL_SWITCH, body)
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }
}
