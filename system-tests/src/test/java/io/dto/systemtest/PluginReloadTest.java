package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.dto.systemtest.plugins.TickEchoStrategy;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload: the new version takes over between two ticks, and a broken new version leaves the old one running. */
@ExtendWith(VertxExtension.class)
class PluginReloadTest {

    private static final int TICKS_BEFORE_RELOAD = 1000;
    private static final int TICKS_AFTER_RELOAD = 1000;
    private static final int TICKS_PER_BURST = 5;

    @TempDir
    Path plugins;

    @Test
    @DisplayName("reload under a stream of ticks processes every tick exactly once, old version then new")
    void shouldReloadWithoutLosingOrRepeatingTicks(Vertx vertx, VertxTestContext test) throws Exception {
        Path jar = TestPluginJars.packaged(plugins, "tick-echo.jar", PluginLifecycleTest.echoManifest("1.0.0"),
                TickEchoStrategy.class);
        Path nextVersion = TestPluginJars.packaged(Files.createTempDirectory("v2"), "tick-echo.jar",
                PluginLifecycleTest.echoManifest("1.1.0"), TickEchoStrategy.class);
        Map<Long, String> versionBySeq = new HashMap<>();
        int[] duplicates = new int[1];
        long[] lastTick = {Long.MAX_VALUE};
        Promise<Void> allSeen = Promise.promise();
        Promise<Void> halfway = Promise.promise();
        Promise<Void> reloaded = Promise.promise();

        GatewayHarness.start(vertx, GatewayHarness.config(plugins)).onComplete(test.succeeding(gateway -> {
            MessageConsumer<Signal> signals = vertx.eventBus().consumer(Addresses.signal("tick-echo"), m -> {
                long seq = (Long) m.body().metadata().get("seq");
                if (versionBySeq.put(seq, (String) m.body().metadata().get("version")) != null) {
                    duplicates[0]++;
                }
                if (versionBySeq.size() == TICKS_BEFORE_RELOAD) {
                    halfway.tryComplete();
                }
                if (versionBySeq.size() == lastTick[0]) {
                    allSeen.tryComplete();
                }
            });
            signals.completion().onComplete(test.succeeding(v -> {
                // Ticks flow until the reload has completed and a while after, so the hand-over happens mid-stream.
                long[] next = {1};
                vertx.setPeriodic(1, timer -> {
                    for (int i = 0; i < TICKS_PER_BURST; i++) {
                        vertx.eventBus().publish(Addresses.tick("AAPL"),
                                new Tick("AAPL", Instant.now(), 100.0, next[0]++, null));
                    }
                    if (reloaded.future().isComplete() && lastTick[0] == Long.MAX_VALUE) {
                        lastTick[0] = next[0] - 1 + TICKS_AFTER_RELOAD;
                    }
                    if (next[0] > lastTick[0]) {
                        vertx.cancelTimer(timer);
                    }
                });
            }));
            halfway.future()
                    .compose(v -> vertx.executeBlocking(() -> Files.copy(nextVersion, jar,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING)))
                    .compose(v -> gateway.post("/api/plugins/tick-echo/reload", null))
                    .compose(response -> {
                        test.verify(() -> {
                            assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
                            assertThat(response.bodyAsJsonObject().getString("version")).isEqualTo("1.1.0");
                        });
                        reloaded.complete();
                        return allSeen.future();
                    })
                    .onComplete(test.succeeding(v -> test.verify(() -> {
                        assertThat(duplicates[0]).as("ticks processed twice").isZero();
                        assertThat(versionBySeq).hasSize((int) lastTick[0]);
                        assertThat(versionBySeq.keySet()).allMatch(seq -> seq >= 1 && seq <= lastTick[0]);
                        assertThat(versionBySeq.values()).contains("1.0.0", "1.1.0");
                        long lastOld = versionBySeq.entrySet().stream().filter(e -> e.getValue().equals("1.0.0"))
                                .mapToLong(Map.Entry::getKey).max().orElseThrow();
                        long firstNew = versionBySeq.entrySet().stream().filter(e -> e.getValue().equals("1.1.0"))
                                .mapToLong(Map.Entry::getKey).min().orElseThrow();
                        assertThat(firstNew).as("the new version starts where the old one stopped")
                                .isEqualTo(lastOld + 1);
                        gateway.stop().onComplete(test.succeedingThenComplete());
                    })));
        }));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("a reload whose new jar is invalid answers 422 with the reasons and keeps the old version running")
    void shouldKeepOldVersionWhenNewJarIsInvalid(Vertx vertx, VertxTestContext test) throws Exception {
        Path jar = TestPluginJars.packaged(plugins, "tick-echo.jar", PluginLifecycleTest.echoManifest("1.0.0"),
                TickEchoStrategy.class);
        GatewayHarness.start(vertx, GatewayHarness.config(plugins)).onComplete(test.succeeding(gateway ->
                vertx.executeBlocking(() -> TestPluginJars.unpackaged(jar.getParent(), "tick-echo.jar",
                                "{ not json", TickEchoStrategy.class))
                        .compose(v -> gateway.post("/api/plugins/tick-echo/reload", null))
                        .compose(refused -> {
                            test.verify(() -> {
                                assertThat(refused.statusCode()).isEqualTo(422);
                                assertThat(refused.bodyAsJsonObject().getJsonArray("details").encode())
                                        .contains("is not valid JSON");
                            });
                            return gateway.get("/api/plugins/tick-echo");
                        })
                        .compose(still -> {
                            test.verify(() -> {
                                assertThat(still.bodyAsJsonObject().getString("state")).isEqualTo("RUNNING");
                                assertThat(still.bodyAsJsonObject().getString("version")).isEqualTo("1.0.0");
                                assertThat(still.bodyAsJsonObject().getJsonArray("lastError").encode())
                                        .contains("is not valid JSON");
                            });
                            return echoOneTick(vertx);
                        })
                        .compose(signal -> {
                            test.verify(() -> assertThat(signal.metadata()).containsEntry("version", "1.0.0"));
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    }

    private static io.vertx.core.Future<Signal> echoOneTick(Vertx vertx) {
        Promise<Signal> signal = Promise.promise();
        MessageConsumer<Signal> consumer = vertx.eventBus().consumer(Addresses.signal("tick-echo"),
                m -> signal.tryComplete(m.body()));
        return consumer.completion()
                .compose(v -> {
                    vertx.eventBus().publish(Addresses.tick("AAPL"), new Tick("AAPL", Instant.now(), 100.0, 1, null));
                    return signal.future();
                })
                .eventually(consumer::unregister);
    }
}
