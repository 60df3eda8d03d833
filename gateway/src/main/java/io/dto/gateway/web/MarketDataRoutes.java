package io.dto.gateway.web;

import io.dto.api.message.Bar;
import io.dto.gateway.plugin.PluginManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/marketdata/{provider}/bars?symbol=&from=&to=&timeframe=}: a data provider's historical bars,
 * through its host and its declared rate limit (429 when the limit refuses).
 */
public final class MarketDataRoutes implements RouteGroup {

    private final PluginManager plugins;

    public MarketDataRoutes(PluginManager plugins) {
        this.plugins = plugins;
    }

    @Override
    public void mount(Router router, ApiTokenAuth auth) {
        router.get("/api/marketdata/:provider/bars").handler(this::bars);
    }

    private void bars(RoutingContext ctx) {
        String provider = ctx.pathParam("provider");
        String symbol = required(ctx, "symbol");
        Instant from = instant(required(ctx, "from"), "from");
        Instant to = instant(required(ctx, "to"), "to");
        String timeframe = ctx.queryParams().get("timeframe") == null ? "1d" : ctx.queryParams().get("timeframe");
        plugins.historicalBars(provider, symbol, from, to, timeframe)
                .onSuccess(bars -> ctx.json(new JsonObject()
                        .put("provider", provider)
                        .put("symbol", symbol)
                        .put("timeframe", timeframe)
                        .put("from", from.toString())
                        .put("to", to.toString())
                        .put("bars", json(bars))))
                .onFailure(e -> JsonErrors.fail(ctx, e));
    }

    private static String required(RoutingContext ctx, String name) {
        String value = ctx.queryParams().get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("query parameter '" + name + "' is required, e.g. "
                    + "?symbol=AAPL&from=2024-01-02&to=2024-02-01&timeframe=1d");
        }
        return value;
    }

    /** An ISO instant ({@code 2024-01-02T14:30:00Z}) or a date ({@code 2024-01-02}, UTC midnight). */
    static Instant instant(String text, String name) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date (2024-01-02) or an instant "
                    + "(2024-01-02T14:30:00Z), got '" + text + "'");
        }
    }

    private static JsonArray json(List<Bar> bars) {
        JsonArray array = new JsonArray();
        for (Bar bar : bars) {
            array.add(new JsonObject()
                    .put("timestamp", bar.timestamp().toString())
                    .put("open", bar.open())
                    .put("high", bar.high())
                    .put("low", bar.low())
                    .put("close", bar.close())
                    .put("volume", bar.volume()));
        }
        return array;
    }
}
