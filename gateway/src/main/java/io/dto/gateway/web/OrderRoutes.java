package io.dto.gateway.web;

import io.dto.api.Addresses;
import io.dto.api.codec.RecordJson;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.gateway.order.OrderViews;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** {@code /api/orders}: submit, list with filters, and one order with its executions. */
public final class OrderRoutes implements RouteGroup {

    private final Vertx vertx;
    private final OrderViews views;

    public OrderRoutes(Vertx vertx, OrderViews views) {
        this.vertx = vertx;
        this.views = views;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/orders").handler(this::list);
        router.get("/api/orders/:id").handler(this::get);
        router.post("/api/orders").handler(auth).handler(this::submit);
    }

    private void list(RoutingContext ctx) {
        Predicate<OrderEvent> filter = e -> true;
        String status = ctx.request().getParam("status");
        if (status != null) {
            OrderStatus wanted = OrderStatus.valueOf(status.toUpperCase(Locale.ROOT));
            filter = filter.and(e -> e.status() == wanted);
        }
        String symbol = ctx.request().getParam("symbol");
        if (symbol != null) {
            filter = filter.and(e -> symbol.equals(e.symbol()));
        }
        String strategy = ctx.request().getParam("strategy");
        if (strategy != null) {
            filter = filter.and(e -> strategy.equals(e.strategyId()));
        }
        JsonArray orders = new JsonArray();
        views.list(filter).forEach(e -> orders.add(toJson(e)));
        ctx.json(new JsonObject().put("orders", orders));
    }

    private void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        OrderViews.OrderView view = views.find(id)
                .orElseThrow(() -> new NoSuchElementException("no order '" + id + "'"));
        JsonArray executions = new JsonArray();
        view.executions().forEach(r -> executions.add(RecordJson.toJson(r)));
        ctx.json(toJson(view.order()).put("executions", executions));
    }

    private void submit(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null) {
            throw new IllegalArgumentException("the body must be a JSON order request");
        }
        if (body.containsKey("id")) {
            throw new IllegalArgumentException("'id' is assigned by the gateway; use 'clientOrderId' for your own key");
        }
        OrderRequest request = RecordJson.fromJson(body, OrderRequest.class);
        vertx.eventBus().<OrderEvent>request(Addresses.ORDER_SUBMIT, request)
                .onSuccess(reply -> ctx.response().setStatusCode(201)
                        .putHeader("Content-Type", "application/json")
                        .end(toJson(reply.body()).encode()))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    /** The REST form of an order: its event fields, with {@code id} for {@code orderId} (DESIGN's shape). */
    static JsonObject toJson(OrderEvent event) {
        JsonObject json = RecordJson.toJson(event);
        json.put("id", json.remove("orderId"));
        return json;
    }
}
