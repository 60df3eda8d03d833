package io.dto.plugins.momentum.strategy;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The strategy's configuration, read once from the validated JSON.
 *
 * @param indicator the id of the indicator plugin whose values it trades
 * @param minStrength indicator signals weaker than this are ignored
 * @param allowShort SELL opens a short; without it SELL only exits a long (an EXIT signal)
 */
record MomentumStrategyConfig(List<String> symbols, String indicator, double minStrength, boolean allowShort) {

    MomentumStrategyConfig {
        symbols = List.copyOf(symbols);
    }

    /** @throws IllegalArgumentException saying what to change */
    static MomentumStrategyConfig from(JsonObject config) {
        LinkedHashSet<String> symbols = new LinkedHashSet<>();
        config.getJsonArray("symbols").forEach(s -> symbols.add(String.valueOf(s).trim()));
        if (symbols.contains("")) {
            throw new IllegalArgumentException("symbols must not contain a blank entry");
        }
        String indicator = config.getString("indicator").trim();
        if (indicator.isEmpty()) {
            throw new IllegalArgumentException("indicator must name the indicator plugin to follow, e.g. "
                    + "\"momentum-indicator\"");
        }
        return new MomentumStrategyConfig(List.copyOf(symbols), indicator, config.getDouble("min_strength"),
                config.getBoolean("allow_short"));
    }
}
