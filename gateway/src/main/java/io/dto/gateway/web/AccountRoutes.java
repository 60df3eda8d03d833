package io.dto.gateway.web;

import io.dto.api.Addresses;
import io.dto.api.codec.RecordJson;
import io.dto.api.message.Account;
import io.dto.gateway.order.OrderManagerVerticle;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/positions} and {@code GET /api/account}: positions marked to the last quote, cash and margin. */
public final class AccountRoutes implements RouteGroup {

    private final Vertx vertx;

    public AccountRoutes(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/positions").handler(this::positions);
        router.get("/api/account").handler(this::account);
    }

    private void positions(RoutingContext ctx) {
        String account = ctx.request().getParam("account");
        vertx.eventBus().<JsonObject>request(OrderManagerVerticle.POSITIONS_QUERY, account == null ? "" : account)
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void account(RoutingContext ctx) {
        String id = ctx.request().getParam("id");
        vertx.eventBus().<Account>request(Addresses.ACCOUNT_QUERY, id == null ? "" : id)
                .onSuccess(reply -> ctx.json(RecordJson.toJson(reply.body())))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }
}
