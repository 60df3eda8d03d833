package io.dto.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.Permission;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.StrategyPlugin;
import io.dto.api.DataSubscription;
import io.dto.api.message.MarketData;
import io.dto.api.message.Signal;
import io.dto.testkit.fixtures.CountingFeed;
import io.dto.testkit.fixtures.Manifests;
import io.dto.testkit.fixtures.ThresholdStrategy;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.slf4j.event.Level;

@DisplayName("PluginHarness")
class PluginHarnessTest {

    @Test
    @DisplayName("reads plugin-manifest.json beside the plugin's class and fills the manifest's defaults")
    void shouldReadManifestBesideTheClassAndFillDefaults() {
        PluginHarness<ThresholdStrategy> harness = PluginHarness.builder(new ThresholdStrategy())
                .config("threshold", 150)
                .build();

        assertThat(harness.pluginId()).isEqualTo("threshold");
        assertThat(harness.config()).isEqualTo(new JsonObject()
                .put("threshold", 150.0)
                .put("symbols", List.of("AAPL")));
        assertThat(harness.permissions()).containsExactly(Permission.READ_MARKET_DATA);
        assertThat(harness.initialized()).isFalse();
    }

    @Test
    @DisplayName("reads a manifest from a named classpath resource")
    void shouldReadManifestFromANamedResource() {
        PluginHarness<CountingFeed> harness = PluginHarness.builder(new CountingFeed())
                .manifestResource("manifests/counting-feed.json")
                .build();

        assertThat(harness.manifest().pluginInfo().type()).isEqualTo(PluginType.DATA_PROVIDER);
        assertThat(harness.config().getInteger("interval_ms")).isEqualTo(1000);
    }

    @Test
    @DisplayName("reports every configuration violation at once, as the gateway does")
    void shouldReportEveryConfigurationViolation() {
        JsonObject config = new JsonObject()
                .put("threshold", -5)
                .put("symbols", List.of("AAPL", 7))
                .put("label", true)
                .put("thresold", 3);

        assertThatThrownBy(() -> PluginHarness.builder(new ThresholdStrategy()).config(config).build())
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(PluginRejectedException.Stage.CONFIGURATION);
                    assertThat(e.problems()).containsExactlyInAnyOrder(
                            "unknown parameter 'thresold'; the manifest declares [label, symbols, threshold]",
                            "parameter 'threshold' is -5, below the minimum 0",
                            "parameter 'symbols' item 1 must be a string, got 7",
                            "parameter 'label' must be a string, got true");
                    assertThat(e.getMessage()).contains("configuration of plugin 'threshold' rejected");
                });
    }

    @Test
    @DisplayName("rejects a manifest that fails the schema, naming what is wrong")
    void shouldRejectManifestFailingTheSchema() {
        String manifest = Manifests.manifest("threshold", "strategy", ThresholdStrategy.class, new JsonObject(),
                List.of("read_market_data"), List.of()).replace("\"1.0.0\"", "\"1.0\"");

        assertThatThrownBy(() -> PluginHarness.builder(new ThresholdStrategy()).manifestJson(manifest).build())
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(PluginRejectedException.Stage.MANIFEST);
                    assertThat(String.join("\n", e.problems())).contains("version");
                });
    }

    @Test
    @DisplayName("rejects a plugin that does not implement its manifest's type, or is not its entry point")
    void shouldRejectTypeAndEntryPointMismatch() {
        String manifest = Manifests.manifest("threshold", "broker", CountingFeed.class, new JsonObject(), List.of(),
                List.of());

        assertThatThrownBy(() -> PluginHarness.builder(new ThresholdStrategy()).manifestJson(manifest).build())
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        "the manifest's type is 'broker' but " + ThresholdStrategy.class.getName()
                                + " does not implement BrokerPlugin",
                        "the manifest's entry_point is '" + CountingFeed.class.getName() + "' but the plugin under "
                                + "test is " + ThresholdStrategy.class.getName() + "; the gateway would instantiate "
                                + CountingFeed.class.getName()));
    }

    @Test
    @DisplayName("start fails the test with the plugin's own reason when initialize fails")
    void shouldFailStartWithThePluginsReason() {
        PluginHarness<ThresholdStrategy> harness = PluginHarness.builder(new ThresholdStrategy())
                .config("threshold", 0)
                .build();

        assertThatThrownBy(harness::start)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("failed to initialize: threshold must be positive");
    }

    @Test
    @DisplayName("initialize returns the failed future for a test that expects the failure")
    void shouldReturnTheFailedFutureFromInitialize() {
        PluginHarness<ThresholdStrategy> harness = PluginHarness.builder(new ThresholdStrategy())
                .config("threshold", 0)
                .build();

        Future<Void> outcome = harness.initialize();

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.cause()).hasMessage("threshold must be positive");
        assertThatThrownBy(harness::initialize).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("refuses registration when info() disagrees with the manifest")
    void shouldRejectRegistrationWhenInfoDisagreesWithManifest() {
        String manifest = Manifests.manifest("other-name", "strategy", ThresholdStrategy.class,
                new JsonObject().put("threshold", Manifests.parameter("number", 1.0))
                        .put("symbols", Manifests.parameter("array", List.of())),
                List.of(), List.of());
        PluginHarness<ThresholdStrategy> harness = PluginHarness.builder(new ThresholdStrategy())
                .manifestJson(manifest)
                .build();

        assertThatThrownBy(harness::start)
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(PluginRejectedException.Stage.REGISTRATION);
                    assertThat(e.problems()).containsExactly(
                            "info().name() is 'threshold' but the manifest's name is 'other-name'");
                });
    }

    @Test
    @DisplayName("fails at once, explaining the fake clock, when a plugin's future waits for a timer")
    void shouldFailFastOnAFutureThatWaitsForATimer() {
        PluginHarness<SlowStarter> harness = PluginHarness.builder(new SlowStarter())
                .manifestJson(Manifests.manifest("slow", "strategy", SlowStarter.class, new JsonObject(), List.of(),
                        List.of()))
                .build();

        assertThatThrownBy(harness::initialize)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("still pending")
                .hasMessageContaining("advance the clock");
    }

    @Test
    @DisplayName("gives the plugin inline blocking work, recorded metrics and a recording logger")
    void shouldProvideInlineBlockingWorkMetricsAndLogs() {
        PluginHarness<ThresholdStrategy> harness = PluginHarness.builder(new ThresholdStrategy()).build().start();
        PluginContext context = harness.context();

        Future<Integer> work = context.executeBlocking(() -> 6 * 7);
        Future<Integer> failing = context.executeBlocking(() -> {
            throw new java.io.IOException("disk gone");
        });
        context.metrics().increment("orders.sent", 2);
        context.metrics().increment("orders.sent");
        context.metrics().recordNanos("decide.time", 1200);
        context.metrics().gauge("buffer.size", () -> 3);
        context.metrics().increment("messages.in", "msg_type", "heartbeat");
        context.metrics().increment("messages.in", "msg_type", "heartbeat");

        assertThat(work.result()).isEqualTo(42);
        assertThat(failing.cause()).hasMessage("disk gone");
        assertThat(harness.metrics().counter("orders.sent")).isEqualTo(3.0);
        assertThat(harness.metrics().timings("decide.time")).containsExactly(1200L);
        assertThat(harness.metrics().gauge("buffer.size")).hasValue(3.0);
        assertThat(harness.metrics().counter("messages.in", "msg_type", "heartbeat")).isEqualTo(2.0);
        assertThat(harness.metrics().names()).containsExactly("buffer.size", "decide.time", "messages.in",
                "orders.sent");
        assertThatThrownBy(() -> context.metrics().increment("messages.in", "plugin", "x"))
                .hasMessageContaining("not 'plugin'");
        assertThatThrownBy(() -> context.metrics().increment("Orders Sent"))
                .hasMessageContaining("lower case and dotted");
        assertThat(harness.logger().entries(Level.INFO))
                .extracting(LogEntry::message)
                .containsExactly("watching [AAPL] above 100.0");
    }

    @Test
    @DisplayName("runs the plugin's timers on the fake clock")
    void shouldRunTimersOnTheFakeClock() {
        PluginHarness<ThresholdStrategy> harness = PluginHarness.builder(new ThresholdStrategy()).build().start();
        int[] fired = {0};
        harness.context().setPeriodic(250, id -> fired[0]++);

        harness.advance(java.time.Duration.ofSeconds(1));

        assertThat(fired[0]).isEqualTo(4);
    }

    @Test
    @DisplayName("cleans the plugin up once on close")
    void shouldCleanUpOnClose() {
        CountingCleanup plugin = new CountingCleanup();
        try (PluginHarness<CountingCleanup> harness = PluginHarness.builder(plugin)
                .manifestJson(Manifests.manifest("cleanup", "strategy", CountingCleanup.class, new JsonObject(),
                        List.of(), List.of()))
                .build()
                .start()) {
            harness.cleanup();
        }
        assertThat(plugin.cleanups).isEqualTo(1);
    }

    /** Completes initialize only when a timer fires. */
    public static final class SlowStarter extends MinimalStrategy {

        public SlowStarter() {
            super("slow");
        }

        @Override
        public Future<Void> initialize(PluginContext context) {
            Promise<Void> promise = Promise.promise();
            context.setTimer(1000, id -> promise.complete());
            return promise.future();
        }
    }

    /** Counts its cleanups. */
    public static final class CountingCleanup extends MinimalStrategy {

        int cleanups;

        public CountingCleanup() {
            super("cleanup");
        }

        @Override
        public Future<Void> cleanup() {
            cleanups++;
            return Future.succeededFuture();
        }
    }

    /** A strategy that does nothing, under a given name. */
    abstract static class MinimalStrategy implements StrategyPlugin {

        private final String name;

        MinimalStrategy(String name) {
            this.name = name;
        }

        @Override
        public PluginInfo info() {
            return new PluginInfo(name, "1.0.0", PluginType.STRATEGY, name, null);
        }

        @Override
        public Future<Void> initialize(PluginContext context) {
            return Future.succeededFuture();
        }

        @Override
        public DataSubscription subscriptions() {
            return DataSubscription.of(Set.of());
        }

        @Override
        public List<Signal> onMarketData(MarketData data) {
            return List.of();
        }
    }
}
