package io.dto.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets a request through only with {@code Authorization: Bearer <token>} carrying the configured API token. */
public final class ApiTokenAuth implements Handler<RoutingContext> {

    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    public ApiTokenAuth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.startsWith(PREFIX)) {
            JsonErrors.send(ctx, 401, "this route changes state and needs 'Authorization: Bearer <token>' "
                    + "with the API token from gateway.api_token (or GATEWAY_API_TOKEN)");
            return;
        }
        byte[] given = header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            JsonErrors.send(ctx, 401, "the API token is not valid");
            return;
        }
        ctx.next();
    }
}
