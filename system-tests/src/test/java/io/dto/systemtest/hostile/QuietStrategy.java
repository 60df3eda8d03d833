package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;

/** Does nothing: the payload of the signed jars that are tampered with or signed by an unknown key. */
public final class QuietStrategy extends HostileStrategy {

    public QuietStrategy() {
        super(readName());
    }

    private static String readName() {
        try (var in = QuietStrategy.class.getResourceAsStream("/plugin-manifest.json")) {
            return new io.vertx.core.json.JsonObject(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).getJsonObject("plugin_info").getString("name");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected void onTick(MarketData data) {
        // Quiet.
    }
}
