package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.PluginState;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.systemtest.plugins.TickEchoStrategy;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin marked {@code isolation: process} runs in a plugin-host JVM of its own behind the event-bus bridge: it
 * receives ticks and emits signals as in the gateway, and when its process is killed with SIGKILL the gateway
 * restarts it without being touched itself.
 */
@ExtendWith(VertxExtension.class)
class ProcessIsolationTest {

    private static final int ROUND_TRIPS = 300;

    @TempDir
    Path plugins;

    @Test
    @DisplayName("a plugin in a child JVM receives ticks and emits signals; kill -9 of the child restarts it")
    void shouldRunInChildJvmAndSurviveKill(Vertx vertx, VertxTestContext test) throws Exception {
        TestPluginJars.packaged(plugins, "tick-echo.jar", PluginLifecycleTest.echoManifest("1.0.0"),
                TickEchoStrategy.class);
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("isolation", new JsonObject().put("tick-echo", "process"))
                .put("supervision", new JsonObject().put("restart_backoff_ms", 100));
        Promise<Void> restarted = Promise.promise();
        List<PluginState> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        MessageConsumer<PluginLifecycleEvent> lifecycle = vertx.eventBus().consumer(Addresses.PLUGIN_LIFECYCLE,
                m -> {
                    states.add(m.body().state());
                    if (states.contains(PluginState.RESTARTING) && m.body().state() == PluginState.RUNNING) {
                        restarted.tryComplete();
                    }
                });
        long[] pids = new long[2];
        lifecycle.completion()
                .compose(v -> GatewayHarness.start(vertx, config))
                .onComplete(test.succeeding(gateway -> gateway.get("/api/plugins/tick-echo")
                        .compose(response -> {
                            pids[0] = response.bodyAsJsonObject().getLong("pid", -1L);
                            test.verify(() -> {
                                JsonObject plugin = response.bodyAsJsonObject();
                                assertThat(plugin.getString("state")).isEqualTo("RUNNING");
                                assertThat(ProcessHandle.of(pids[0])).isPresent();
                                assertThat(plugin.getString("isolation")).isEqualTo("process");
                                assertThat(plugin.getJsonObject("capabilities").getJsonArray("symbols"))
                                        .containsExactly("AAPL");
                            });
                            return RoundTrips.open(vertx);
                        })
                        .compose(trips -> trips.firstAnswer(1, 20)
                                .compose(v -> trips.measure(ROUND_TRIPS, 100))
                                .compose(micros -> {
                                    IsolationCostTest.report("process (bridge)", micros);
                                    ProcessHandle.of(pids[0]).orElseThrow().destroyForcibly();
                                    return restarted.future();
                                })
                                .compose(v -> trips.firstAnswer(1000, 40))
                                .eventually(trips::close))
                        .compose(v -> gateway.get("/api/plugins/tick-echo"))
                        .compose(response -> {
                            pids[1] = response.bodyAsJsonObject().getLong("pid", -1L);
                            test.verify(() -> {
                                assertThat(response.bodyAsJsonObject().getInteger("restarts")).isEqualTo(1);
                                assertThat(pids[1]).isNotEqualTo(pids[0]);
                                assertThat(ProcessHandle.of(pids[1])).isPresent();
                                assertThat(states).containsSubsequence(PluginState.RUNNING, PluginState.RESTARTING,
                                        PluginState.RUNNING);
                            });
                            return gateway.stop();
                        })
                        .compose(v -> awaitExit(vertx, pids[1], 50))
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(90, TimeUnit.SECONDS)).isTrue();
    }

    /** The gateway's stop ends its plugin-host processes: polls until the process is gone, at most {@code tries}. */
    static Future<Void> awaitExit(Vertx vertx, long pid, int tries) {
        if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
            return Future.succeededFuture();
        }
        if (tries == 0) {
            return Future.failedFuture(new AssertionError("plugin-host process " + pid + " outlived the gateway"));
        }
        Promise<Void> next = Promise.promise();
        vertx.setTimer(100, t -> awaitExit(vertx, pid, tries - 1).onComplete(next));
        return next.future();
    }
}
