package io.dto.gateway.web;

import io.dto.api.codec.RecordJson;
import io.dto.gateway.session.BrokerSessions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/sessions}: every broker session with its latest status. */
public final class SessionRoutes implements RouteGroup {

    private final BrokerSessions sessions;

    public SessionRoutes(BrokerSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/sessions").handler(this::list);
    }

    private void list(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        sessions.all().forEach(status -> list.add(RecordJson.toJson(status)));
        ctx.json(new JsonObject().put("sessions", list));
    }
}
