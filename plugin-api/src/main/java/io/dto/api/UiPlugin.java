package io.dto.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Extends the web console with panels. */
public interface UiPlugin extends Plugin {

    List<UiPanel> panels();

    /**
     * The data of one panel: either {@code {"rows": [{...}, ...]}} for a table or {@code {"values": {...}}} for a
     * key-value list.
     */
    Future<JsonObject> panelData(String panelId);
}
