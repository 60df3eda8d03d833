package io.dto.plugins.paper;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The paper broker's configuration, read once from the validated JSON.
 *
 * @param limitToDisplayedSize fill at most the size displayed on the quote (shared by all orders until the next
 *     quote); the rest waits for later quotes
 * @param symbols symbols whose quotes to follow from {@code connect}, so a first market order has a price
 */
record PaperConfig(boolean limitToDisplayedSize, List<String> symbols) {

    PaperConfig {
        symbols = List.copyOf(symbols);
    }

    static PaperConfig from(JsonObject config) {
        LinkedHashSet<String> symbols = new LinkedHashSet<>();
        config.getJsonArray("symbols").forEach(symbol -> {
            String text = String.valueOf(symbol).trim();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("symbols must not contain a blank entry");
            }
            symbols.add(text);
        });
        return new PaperConfig(config.getBoolean("limit_to_displayed_size"), List.copyOf(symbols));
    }
}
