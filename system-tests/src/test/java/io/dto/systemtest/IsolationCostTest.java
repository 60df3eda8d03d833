package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.systemtest.plugins.TickEchoStrategy;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each placement costs a message: sequential tick-to-signal round trips through tick-echo on a shared event
 * loop and on a thread of its own (ProcessIsolationTest measures the plugin-host process the same way). The
 * latencies are printed for the README; the test checks that every round trip completes.
 */
@ExtendWith(VertxExtension.class)
class IsolationCostTest {

    private static final int ROUND_TRIPS = 300;

    @TempDir
    Path plugins;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"event_loop", "thread"})
    @DisplayName("tick -> signal round trips complete on each in-gateway placement")
    void shouldMeasureRoundTrips(String isolation, Vertx vertx, VertxTestContext test) throws Exception {
        TestPluginJars.packaged(plugins, "tick-echo.jar", PluginLifecycleTest.echoManifest("1.0.0"),
                TickEchoStrategy.class);
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("isolation", new JsonObject().put("tick-echo", isolation));
        GatewayHarness.start(vertx, config).onComplete(test.succeeding(gateway -> RoundTrips.open(vertx)
                .compose(trips -> trips.firstAnswer(1, 20)
                        .compose(v -> trips.measure(ROUND_TRIPS, 100))
                        .onSuccess(micros -> {
                            report(isolation, micros);
                            test.verify(() -> assertThat(micros).hasSize(ROUND_TRIPS).doesNotContain(0L));
                        })
                        .eventually(trips::close))
                .compose(v -> gateway.stop())
                .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Prints the median and 99th percentile of sorted latencies in microseconds. */
    static void report(String placement, long[] sortedMicros) {
        System.out.printf("round trip tick->signal, %s: p50 %d us, p99 %d us, max %d us over %d%n", placement,
                sortedMicros[sortedMicros.length / 2], sortedMicros[sortedMicros.length * 99 / 100],
                sortedMicros[sortedMicros.length - 1], sortedMicros.length);
    }
}
