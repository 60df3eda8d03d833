package io.dto.gateway.web;

import io.dto.api.codec.RecordJson;
import io.dto.api.message.BrokerSessionStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /api/sessions}: every session of a running broker with the latest status its broker published on
 * {@code broker.sessions}, by broker and session id.
 */
public final class SessionRoutes implements RouteGroup {

    private final Supplier<List<BrokerSessionStatus>> sessions;

    public SessionRoutes(Supplier<List<BrokerSessionStatus>> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/sessions").handler(this::list);
    }

    private void list(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        sessions.get().stream()
                .sorted(Comparator.comparing(BrokerSessionStatus::broker).thenComparing(BrokerSessionStatus::sessionId))
                .forEach(status -> list.add(RecordJson.toJson(status)));
        ctx.json(new JsonObject().put("sessions", list));
    }
}
