package io.dto.gateway.web;

import io.dto.api.PluginState;
import io.dto.api.PluginType;
import io.dto.gateway.plugin.PluginRegistry;
import io.dto.gateway.plugin.UiHost;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** {@code /api/ui}: the panels UI plugins add to the console, and each panel's data. */
public final class UiRoutes implements RouteGroup {

    private final Vertx vertx;
    private final PluginRegistry registry;

    public UiRoutes(Vertx vertx, PluginRegistry registry) {
        this.vertx = vertx;
        this.registry = registry;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/ui").handler(this::panels);
        router.get("/api/ui/:plugin/:panel").handler(this::panelData);
    }

    private void panels(RoutingContext ctx) {
        List<Future<JsonObject>> lists = registry.all().stream()
                .filter(r -> r.type() == PluginType.UI && r.state() == PluginState.RUNNING)
                .map(r -> vertx.eventBus().<JsonObject>request(UiHost.address(r.id()), null)
                        .map(Message::body)
                        .map(body -> body.put("plugin", r.id()))
                        .otherwise(e -> new JsonObject().put("plugin", r.id()).put("error", e.getMessage())))
                .toList();
        Future.all(lists).onSuccess(all -> {
            JsonArray plugins = new JsonArray();
            lists.forEach(f -> plugins.add(f.result()));
            ctx.json(new JsonObject().put("plugins", plugins));
        }).onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void panelData(RoutingContext ctx) {
        String plugin = ctx.pathParam("plugin");
        if (registry.find(plugin).filter(r -> r.type() == PluginType.UI).isEmpty()) {
            throw new java.util.NoSuchElementException("no UI plugin '" + plugin + "'");
        }
        DeliveryOptions options = new DeliveryOptions().addHeader(UiHost.PANEL_HEADER, ctx.pathParam("panel"));
        vertx.eventBus().<JsonObject>request(UiHost.address(plugin), null, options)
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }
}
