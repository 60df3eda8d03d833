package io.dto.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * A service other plugins and users call by name: on the bus at {@code utility.<plugin>} (header
 * {@code operation}) and over REST at {@code POST /api/plugins/<plugin>/invoke/<operation>}.
 */
public interface UtilityPlugin extends Plugin {

    Set<String> operations();

    Future<JsonObject> invoke(String operation, JsonObject arguments);
}
