package io.dto.gateway.web;

import io.dto.api.Addresses;
import io.dto.api.PluginType;
import io.dto.api.manifest.PluginManifest;
import io.dto.api.manifest.PluginMetadata;
import io.dto.gateway.plugin.PluginManager;
import io.dto.gateway.plugin.PluginRecord;
import io.dto.gateway.plugin.PluginStats;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.NoSuchElementException;

/** {@code /api/plugins}: list, inspect, reload, unload, rescan, and invoke utility operations. */
public final class PluginRoutes implements RouteGroup {

    private final Vertx vertx;
    private final PluginManager plugins;

    public PluginRoutes(Vertx vertx, PluginManager plugins) {
        this.vertx = vertx;
        this.plugins = plugins;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/plugins").handler(this::list);
        router.get("/api/plugins/:id").handler(this::get);
        router.post("/api/plugins/rescan").handler(auth).handler(this::rescan);
        router.post("/api/plugins/:id/reload").handler(auth).handler(this::reload);
        router.delete("/api/plugins/:id").handler(auth).handler(this::unload);
        router.post("/api/plugins/:id/invoke/:operation").handler(auth).handler(this::invoke);
    }

    private void list(RoutingContext ctx) {
        JsonArray items = new JsonArray();
        plugins.registry().all().forEach(record -> items.add(summary(record)));
        ctx.json(new JsonObject().put("plugins", items));
    }

    private void get(RoutingContext ctx) {
        PluginRecord record = find(ctx.pathParam("id"));
        JsonObject body = summary(record)
                .put("manifest", record.manifest() == null ? null : manifest(record.manifest()))
                .put("jar", record.jar() == null ? null : record.jar().toString());
        PluginStats stats = plugins.stats(record.id());
        if (stats != null) {
            body.put("stats", stats.toJson());
        }
        body.put("restarts", plugins.restarts(record.id()));
        plugins.processId(record.id()).ifPresent(pid -> body.put("pid", pid));
        ctx.json(body);
    }

    private void reload(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        find(id);
        plugins.reload(id).onSuccess(record -> ctx.json(summary(record))).onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void unload(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        find(id);
        plugins.unload(id)
                .onSuccess(v -> ctx.json(new JsonObject().put("id", id).put("state", "UNLOADED")))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void rescan(RoutingContext ctx) {
        plugins.rescan().onSuccess(records -> {
            JsonArray loaded = new JsonArray();
            records.forEach(record -> loaded.add(summary(record)));
            ctx.json(new JsonObject().put("discovered", loaded));
        }).onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private void invoke(RoutingContext ctx) {
        PluginRecord record = find(ctx.pathParam("id"));
        if (record.type() != PluginType.UTILITY) {
            throw new IllegalArgumentException("plugin '" + record.id() + "' is a " + record.type()
                    + " plugin; only utility plugins have operations");
        }
        JsonObject arguments = ctx.body().isEmpty() ? new JsonObject() : ctx.body().asJsonObject();
        DeliveryOptions options = new DeliveryOptions().addHeader("operation", ctx.pathParam("operation"));
        vertx.eventBus().<JsonObject>request(Addresses.utility(record.id()), arguments, options)
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private PluginRecord find(String id) {
        return plugins.registry().find(id)
                .orElseThrow(() -> new NoSuchElementException("no plugin '" + id + "'; GET /api/plugins lists them"));
    }

    static JsonObject summary(PluginRecord record) {
        JsonObject capabilities = new JsonObject()
                .put("symbols", new JsonArray(record.capabilities().symbols().stream().sorted().toList()))
                .put("outputs", new JsonArray(record.capabilities().outputs().stream().sorted().toList()))
                .put("orderTypes", new JsonArray(record.capabilities().orderTypes().stream().map(Enum::name)
                        .sorted().toList()))
                .put("controls", new JsonArray(record.capabilities().controls().stream().sorted().toList()))
                .put("rateLimitPerMinute", record.capabilities().rateLimitPerMinute());
        return new JsonObject()
                .put("id", record.id())
                .put("version", record.version())
                .put("type", record.type() == null ? null : record.type().manifestName())
                .put("state", record.state().name())
                .put("since", record.since() == null ? null : record.since().toString())
                .put("permissions", new JsonArray(record.permissions().stream().map(p -> p.manifestName())
                        .sorted().toList()))
                .put("capabilities", capabilities)
                .put("trust", record.trust() == null ? null : new JsonObject()
                        .put("trusted", record.trust().trusted())
                        .put("level", record.trust().label())
                        .put("publisher", record.trust().publisher())
                        .put("reason", record.trust().reason()))
                .put("isolation", record.isolation() == null ? null
                        : record.isolation().name().toLowerCase(Locale.ROOT))
                .put("lastError", record.lastError().isEmpty() ? null : new JsonArray(record.lastError()));
    }

    private static JsonObject manifest(PluginManifest manifest) {
        PluginMetadata info = manifest.pluginInfo();
        JsonObject parameters = new JsonObject();
        manifest.parameters().forEach((name, spec) -> parameters.put(name, new JsonObject()
                .put("type", spec.type().manifestName())
                .put("default", spec.defaultValue())
                .put("min", spec.min())
                .put("max", spec.max())
                .put("itemType", spec.itemType() == null ? null : spec.itemType().manifestName())
                .put("description", spec.description())));
        return new JsonObject()
                .put("name", info.name())
                .put("version", info.version())
                .put("displayName", info.displayName())
                .put("description", info.description())
                .put("type", info.type().manifestName())
                .put("entryPoint", info.entryPoint())
                .put("minPlatformVersion", manifest.compatibility().minPlatformVersion())
                .put("maxPlatformVersion", manifest.compatibility().maxPlatformVersion())
                .put("parameters", parameters)
                .put("signed", manifest.security().isSigned())
                .put("publisher", manifest.security().publisher())
                .put("checksum", manifest.security().checksum());
    }
}
