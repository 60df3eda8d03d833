package io.dto.plugins.fixsim;

import io.dto.api.Addresses;
import io.dto.api.Capabilities;
import io.dto.api.PluginBus.Subscription;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.UtilityPlugin;
import io.dto.api.message.OrderType;
import io.dto.api.message.Quote;
import io.dto.plugins.fixsim.book.BookSnapshot;
import io.dto.plugins.fixsim.book.PriceLevel;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.FileInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import quickfix.ConfigError;
import quickfix.RuntimeError;
import quickfix.SessionID;
import quickfix.SessionSettings;

/**
 * The fix-sim venue as a utility plugin: {@link #initialize} starts the acceptor and feeds the liquidity provider
 * from the quotes on {@code md.quote.<SYMBOL>}; operations {@code book}, {@code orders}, {@code sessions} and
 * {@code reset} look into and clear the books.
 */
public final class FixSimPlugin implements UtilityPlugin {

    private static final String VERSION = "1.0.0";
    private static final long ENGINE_TIMEOUT_SECONDS = 10;

    private PluginContext context;
    private FixSimConfig config;
    private FixSimVenue venue;
    private final List<Subscription> subscriptions = new ArrayList<>();

    @Override
    public PluginInfo info() {
        Set<String> symbols = config == null ? Set.of() : config.symbols();
        return new PluginInfo("fix-sim", VERSION, PluginType.UTILITY,
                "Embedded FIX venue: QuickFIX/J acceptor with a price-time priority order book per symbol",
                new Capabilities(symbols, Set.of("execution_reports"), Set.of(OrderType.MARKET, OrderType.LIMIT),
                        Set.of(), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext pluginContext) {
        this.context = pluginContext;
        try {
            this.config = FixSimConfig.from(pluginContext.config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return pluginContext.executeBlocking(this::startVenue)
                .compose(started -> {
                    this.venue = started;
                    config.referencePrices().forEach((symbol, price) -> venue.onReferenceQuote(symbol, price, price));
                    return subscribeToQuotes();
                })
                .onSuccess(v -> pluginContext.logger().info("fix-sim venue listening on port {} for {}",
                        venue.port(), config.symbols()));
    }

    @Override
    public Set<String> operations() {
        return Set.of("book", "orders", "sessions", "reset");
    }

    @Override
    public Future<JsonObject> invoke(String operation, JsonObject arguments) {
        if (venue == null) {
            return Future.failedFuture(new IllegalStateException("fix-sim is not running"));
        }
        JsonObject args = arguments == null ? new JsonObject() : arguments;
        return switch (operation) {
            case "book" -> book(args);
            case "orders" -> await(venue.stats()).map(FixSimPlugin::toJson);
            case "sessions" -> Future.succeededFuture(sessions());
            case "reset" -> await(venue.reset()).map(v -> new JsonObject().put("reset", true));
            default -> Future.failedFuture(new IllegalArgumentException("unknown operation '" + operation
                    + "'; fix-sim offers " + operations()));
        };
    }

    @Override
    public Future<Void> cleanup() {
        List<Future<Void>> cancels = subscriptions.stream().map(Subscription::cancel).toList();
        subscriptions.clear();
        FixSimVenue running = venue;
        venue = null;
        return Future.join(cancels).transform(ignored -> running == null ? Future.succeededFuture()
                : context.executeBlocking(() -> {
                    running.stop();
                    return null;
                }));
    }

    private FixSimVenue startVenue() throws Exception {
        SessionSettings settings;
        if (config.settingsFile().isEmpty()) {
            settings = FixSimVenue.defaultSettings(config.port());
        } else {
            try (InputStream in = new FileInputStream(config.settingsFile())) {
                settings = new SessionSettings(in);
            }
        }
        FixSimVenue created = new FixSimVenue(settings, config.symbols(), config.liquidity(), context.clock());
        try {
            created.start();
        } catch (ConfigError | RuntimeError e) {
            throw new IllegalStateException("fix-sim could not start its acceptor (port " + config.port()
                    + "): " + e.getMessage() + "; free the port or set 'port' to another one", e);
        }
        return created;
    }

    private Future<Void> subscribeToQuotes() {
        if (!config.liquidity().enabled()) {
            return Future.succeededFuture();
        }
        List<Future<Subscription>> pending = config.symbols().stream()
                .map(symbol -> context.bus().<Quote>consumer(Addresses.quote(symbol), this::onQuote)
                        .onSuccess(subscriptions::add))
                .toList();
        return Future.all(pending).mapEmpty();
    }

    private void onQuote(Quote quote) {
        if (venue != null) {
            venue.onReferenceQuote(quote.symbol(), BigDecimal.valueOf(quote.bid()), BigDecimal.valueOf(quote.ask()));
        }
    }

    private Future<JsonObject> book(JsonObject args) {
        String symbol = args.getString("symbol");
        if (symbol == null) {
            return Future.failedFuture(new IllegalArgumentException("book needs a 'symbol', one of "
                    + config.symbols()));
        }
        int depth = args.getInteger("depth", config.bookDepth());
        try {
            return await(venue.book(symbol, depth)).map(FixSimPlugin::toJson);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
    }

    private JsonObject sessions() {
        List<SessionID> loggedOn = venue.loggedOnSessions();
        JsonArray sessions = new JsonArray();
        venue.sessions().forEach(id -> sessions.add(new JsonObject()
                .put("id", id.toString())
                .put("loggedOn", loggedOn.contains(id))));
        return new JsonObject().put("port", venue.port()).put("sessions", sessions);
    }

    /** Waits for the engine off the event loop, so the answer completes on the plugin's context. */
    private <T> Future<T> await(CompletableFuture<T> result) {
        return context.executeBlocking(() -> {
            try {
                return result.get(ENGINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        });
    }

    private static JsonObject toJson(BookSnapshot book) {
        return new JsonObject()
                .put("symbol", book.symbol())
                .put("bids", levels(book.bids()))
                .put("asks", levels(book.asks()));
    }

    private static JsonArray levels(List<PriceLevel> levels) {
        JsonArray array = new JsonArray();
        levels.forEach(level -> array.add(new JsonObject()
                .put("price", level.price())
                .put("quantity", level.quantity())
                .put("orders", level.orders())));
        return array;
    }

    private static JsonObject toJson(VenueStats stats) {
        return new JsonObject()
                .put("ordersSeen", stats.ordersSeen())
                .put("ordersByStatus", new JsonObject(new LinkedHashMap<>(stats.ordersByStatus())))
                .put("liveBySymbol", new JsonObject(new LinkedHashMap<>(stats.liveBySymbol())));
    }
}
