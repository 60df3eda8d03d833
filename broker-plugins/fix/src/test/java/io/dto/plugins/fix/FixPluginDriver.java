package io.dto.plugins.fix;

import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderType;
import io.dto.api.message.Side;
import io.dto.api.message.TimeInForce;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the plugin as the gateway's broker host would: every call on the plugin's own Vert.x context, reports into a
 * {@link RecordingSink}. The test thread waits for each call's future.
 */
final class FixPluginDriver implements AutoCloseable {

    private final FixBrokerPlugin plugin = new FixBrokerPlugin();
    private final TestPluginContext context;
    private final RecordingSink sink;
    private boolean stopped;

    private final RecordingSink.Gate gate;

    private FixPluginDriver(TestPluginContext context, RecordingSink sink) {
        this.context = context;
        this.sink = sink;
        this.gate = sink.gate();
    }

    /** Initializes and connects the plugin; the session logs on in the background. */
    static FixPluginDriver start(Vertx vertx, Path settingsFile, JsonObject config, TestClock clock,
            RecordingSink sink) throws Exception {
        Context context = vertx.getOrCreateContext();
        TestPluginContext pluginContext = new TestPluginContext(vertx, context,
                config.copy().put("settings_file", settingsFile.toString()), clock);
        FixPluginDriver driver = new FixPluginDriver(pluginContext, sink);
        driver.call(() -> driver.plugin.initialize(pluginContext).compose(v -> driver.plugin.connect(driver.gate)));
        return driver;
    }

    static FixPluginDriver startLoggedOn(Vertx vertx, Path settingsFile, JsonObject config, TestClock clock,
            RecordingSink sink) throws Exception {
        FixPluginDriver driver = start(vertx, settingsFile, config, clock, sink);
        sink.awaitLoggedOn(true);
        return driver;
    }

    FixBrokerPlugin plugin() {
        return plugin;
    }

    TestPluginContext context() {
        return context;
    }

    /** Submits an order and waits until the plugin has handed it to the session. */
    OrderRequest submit(OrderRequest order) throws Exception {
        sink.expect(order.id());
        call(() -> plugin.submitOrder(order));
        return order;
    }

    /** Runs a plugin call on its context and waits for the future it returns. */
    <T> T call(Supplier<Future<T>> work) throws Exception {
        Promise<T> result = Promise.promise();
        context.vertxContext().runOnContext(v -> work.get().onComplete(result));
        try {
            return result.future().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Kills this instance's gateway: whatever the plugin still delivers is lost, and the plugin is stopped without
     * reaching the venue (the test has cut the line first), leaving its store and journal as a crash would.
     */
    void kill() throws Exception {
        gate.close();
        close();
    }

    @Override
    public void close() throws Exception {
        if (!stopped) {
            stopped = true;
            call(plugin::cleanup);
        }
    }

    static OrderRequest limit(String id, Side side, String qty, String price, TimeInForce tif) {
        return new OrderRequest(id, null, "DEMO", "test", "fix", "AAPL", side, OrderType.LIMIT, new BigDecimal(qty),
                new BigDecimal(price), null, tif);
    }

    static OrderRequest market(String id, Side side, String qty) {
        return new OrderRequest(id, null, "DEMO", "test", "fix", "AAPL", side, OrderType.MARKET,
                new BigDecimal(qty), null, null, TimeInForce.DAY);
    }
}
