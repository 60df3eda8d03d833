package io.dto.gateway.health;

import io.dto.api.message.BrokerSessionStatus;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import java.util.List;
import java.util.function.Supplier;

/** Readiness of the broker sessions: up while every session a running broker reported is logged on. */
public final class SessionsCheck implements Supplier<Future<Status>> {

    private final Supplier<List<BrokerSessionStatus>> sessions;

    public SessionsCheck(Supplier<List<BrokerSessionStatus>> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Future<Status> get() {
        JsonObject detail = new JsonObject();
        boolean allLoggedOn = true;
        for (BrokerSessionStatus session : sessions.get()) {
            detail.put(session.broker() + "/" + session.sessionId(), new JsonObject()
                    .put("loggedOn", session.loggedOn())
                    .put("detail", session.detail()));
            allLoggedOn &= session.loggedOn();
        }
        return Future.succeededFuture(allLoggedOn ? Status.OK(detail) : Status.KO(detail));
    }
}
