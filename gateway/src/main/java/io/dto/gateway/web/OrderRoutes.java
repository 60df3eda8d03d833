package io.dto.gateway.web;

import io.dto.api.Addresses;
import io.dto.api.codec.RecordJson;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.ReplaceRequest;
import io.dto.gateway.order.OrderViews;
import io.dto.gateway.persistence.OrderQuery;
import io.dto.gateway.persistence.OrderRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code /api/orders}: submit, cancel, replace, list with filters, and one order with its executions. Orders are
 * read from the repository (open ones from the live view), so a listing after a restart shows everything that was
 * acknowledged before it.
 */
public final class OrderRoutes implements RouteGroup {

    private static final Set<String> REPLACEABLE = Set.of("quantity", "price", "stopPrice", "type", "timeInForce");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final Vertx vertx;
    private final OrderViews views;
    private final OrderRepository repository;

    public OrderRoutes(Vertx vertx, OrderViews views, OrderRepository repository) {
        this.vertx = vertx;
        this.views = views;
        this.repository = repository;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/orders").handler(this::list);
        router.get("/api/orders/:id").handler(this::get);
        router.post("/api/orders").handler(auth).handler(this::submit);
        router.delete("/api/orders/:id").handler(auth).handler(this::cancel);
        router.put("/api/orders/:id").handler(auth).handler(this::replace);
    }

    private void list(RoutingContext ctx) {
        OrderQuery query = new OrderQuery(status(ctx.request().getParam("status")), ctx.request().getParam("symbol"),
                ctx.request().getParam("strategy"), instant(ctx, "from"), instant(ctx, "to"), limit(ctx));
        repository.find(query).onSuccess(records -> {
            JsonArray orders = new JsonArray();
            records.forEach(r -> orders.add(toJson(r.order())));
            ctx.json(new JsonObject().put("orders", orders));
        }).onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Future<JsonObject> found = views.find(id)
                .map(view -> Future.succeededFuture(withExecutions(view.order(), view.executions())))
                .orElseGet(() -> repository.findOrder(id).map(stored -> stored
                        .map(s -> withExecutions(s.record().order(), s.executions()))
                        .orElseThrow(() -> new NoSuchElementException("no order '" + id + "'"))));
        found.onSuccess(ctx::json).onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void submit(RoutingContext ctx) {
        JsonObject body = jsonBody(ctx, "a JSON order request");
        if (body.containsKey("id")) {
            throw new IllegalArgumentException("'id' is assigned by the gateway; use 'clientOrderId' for your own key");
        }
        OrderRequest request = RecordJson.fromJson(body, OrderRequest.class);
        vertx.eventBus().<OrderEvent>request(Addresses.ORDER_SUBMIT, request)
                .onSuccess(reply -> respond(ctx, reply.body().status() == OrderStatus.REJECTED ? 422 : 201,
                        toJson(reply.body())))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void cancel(RoutingContext ctx) {
        CancelRequest request = new CancelRequest(ctx.pathParam("id"), null, null, null, null, "canceled via API");
        vertx.eventBus().<OrderEvent>request(Addresses.ORDER_CANCEL, request)
                .onSuccess(reply -> respond(ctx, 202, toJson(reply.body())))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void replace(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        JsonObject body = jsonBody(ctx, "a JSON object with the fields to change");
        for (String field : body.fieldNames()) {
            if (!REPLACEABLE.contains(field)) {
                throw new IllegalArgumentException("a replace changes only " + REPLACEABLE.stream().sorted().toList()
                        + "; '" + field + "' cannot be changed");
            }
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a replace needs at least one of " + REPLACEABLE.stream().sorted()
                    .toList());
        }
        ReplaceRequest request = RecordJson.fromJson(body.copy().put("orderId", id), ReplaceRequest.class);
        vertx.eventBus().<OrderEvent>request(Addresses.ORDER_REPLACE, request)
                .onSuccess(reply -> respond(ctx, 202, toJson(reply.body()).put("replaces", id)))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private static JsonObject jsonBody(RoutingContext ctx, String what) {
        if (ctx.body().length() == 0) {
            throw new IllegalArgumentException("the body must be " + what);
        }
        JsonObject parsed = ctx.body().asJsonObject();
        if (parsed == null) {
            throw new IllegalArgumentException("the body must be " + what);
        }
        return parsed;
    }

    private static OrderStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of " + List.of(OrderStatus.values()) + ", got '"
                    + value + "'");
        }
    }

    private static Instant instant(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-11-25T14:30:00Z, got '"
                    + value + "'");
        }
    }

    private static int limit(RoutingContext ctx) {
        String value = ctx.request().getParam("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit > 0 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT + ", got '" + value
                + "'");
    }

    private static void respond(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    private static JsonObject withExecutions(OrderEvent order, List<ExecutionReport> executions) {
        JsonArray list = new JsonArray();
        executions.forEach(r -> list.add(RecordJson.toJson(r)));
        return toJson(order).put("executions", list);
    }

    /** The REST form of an order: its event fields, with {@code id} for {@code orderId} (DESIGN's shape). */
    static JsonObject toJson(OrderEvent event) {
        JsonObject json = RecordJson.toJson(event);
        json.put("id", json.remove("orderId"));
        return json;
    }
}
