package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.PluginState;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.PluginLifecycleEvent;
import io.dto.api.message.Tick;
import io.dto.systemtest.hostile.BlockingStrategy;
import io.dto.systemtest.hostile.ExitingStrategy;
import io.dto.systemtest.hostile.FileReadingStrategy;
import io.dto.systemtest.hostile.FloodingStrategy;
import io.dto.systemtest.hostile.HostileStrategy;
import io.dto.systemtest.hostile.OrderSneakingStrategy;
import io.dto.systemtest.hostile.QuietStrategy;
import io.dto.systemtest.hostile.ReflectingStrategy;
import io.dto.systemtest.hostile.SocketStrategy;
import io.dto.systemtest.hostile.SpawningStrategy;
import io.dto.systemtest.hostile.ThrowingStrategy;
import io.dto.tooling.EntryChecksums;
import io.dto.tooling.PluginPackager;
import io.dto.tooling.PluginSignatures;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-plugin matrix: each hostile jar is refused at validation or contained at run time with the right
 * reason, while the trading demo (synthetic feed, ma-crossover strategy, paper broker) runs beside them and keeps
 * trading: its ticks never stall, its plugins are never restarted, and it fills orders after every hostile plugin
 * has been dealt with.
 */
@ExtendWith(VertxExtension.class)
class HostilePluginsTest {

    private static final String QUIET_CLASS = "io/dto/systemtest/hostile/QuietStrategy.class";

    @TempDir
    Path plugins;

    @Test
    @DisplayName("hostile plugins are refused or contained with their reason; the demo beside them keeps trading")
    void shouldRefuseOrContainEachHostilePlugin(Vertx vertx, VertxTestContext test) throws Exception {
        BuiltInPlugins.copy(plugins, "synthetic", "ma-crossover", "paper");
        KeyPair acme = PluginSignatures.generateKeyPair();
        buildHostileJars(acme);
        JsonObject config = config(acme);

        Set<String> contained = Set.of("blocking", "throwing", "flooding");
        Map<String, PluginLifecycleEvent> quarantined = new ConcurrentHashMap<>();
        Promise<Void> allQuarantined = Promise.promise();
        Promise<JsonObject> sneakResult = Promise.promise();
        Promise<Void> filledAfterwards = Promise.promise();
        AtomicLong lastTick = new AtomicLong();
        AtomicLong longestTickGap = new AtomicLong();
        List<MessageConsumer<?>> consumers = List.of(
                vertx.eventBus().<PluginLifecycleEvent>consumer(Addresses.PLUGIN_LIFECYCLE, m -> {
                    if (m.body().state() == PluginState.QUARANTINED) {
                        quarantined.put(m.body().pluginId(), m.body());
                        if (quarantined.keySet().containsAll(contained)) {
                            allQuarantined.tryComplete();
                        }
                    }
                }),
                vertx.eventBus().<JsonObject>consumer("probe.order-sneaking", m -> sneakResult.tryComplete(m.body())),
                vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> {
                    if (allQuarantined.future().isComplete() && m.body().status() == OrderStatus.FILLED
                            && "ma-crossover".equals(m.body().strategyId())) {
                        filledAfterwards.tryComplete();
                    }
                }),
                vertx.eventBus().<Tick>consumer(Addresses.tick("AAPL"), m -> {
                    long now = System.nanoTime();
                    long previous = lastTick.getAndSet(now);
                    if (previous != 0) {
                        longestTickGap.accumulateAndGet(now - previous, Math::max);
                    }
                }));

        Future.all(consumers.stream().map(MessageConsumer::completion).toList())
                .compose(v -> GatewayHarness.start(vertx, config))
                .onComplete(test.succeeding(gateway -> allQuarantined.future()
                        .compose(v -> filledAfterwards.future())
                        .compose(v -> sneakResult.future())
                        .compose(sneak -> {
                            test.verify(() -> assertSneakRefused(sneak));
                            return gateway.get("/api/plugins");
                        })
                        .compose(response -> {
                            Map<String, JsonObject> byId = new HashMap<>();
                            response.bodyAsJsonObject().getJsonArray("plugins")
                                    .forEach(p -> byId.put(((JsonObject) p).getString("id"), (JsonObject) p));
                            test.verify(() -> assertMatrix(byId));
                            return gateway.get("/api/orders?strategy=order-sneaking");
                        })
                        .compose(orders -> {
                            test.verify(() -> {
                                assertThat(orders.bodyAsJsonObject().encode()).doesNotContain("\"order-sneaking\"");
                                assertThat(TimeUnit.NANOSECONDS.toMillis(longestTickGap.get()))
                                        .as("longest gap between AAPL ticks (ms)").isLessThan(1000);
                                assertThat(gateway.registry().get("gateway.plugin.bus.denied")
                                        .tag("plugin", "order-sneaking").counter().count()).isGreaterThanOrEqualTo(3);
                            });
                            return Future.all(List.of(gateway.get("/api/plugins/ma-crossover"),
                                    gateway.get("/api/plugins/synthetic"), gateway.get("/api/plugins/paper")));
                        })
                        .compose(demo -> {
                            test.verify(() -> demo.list().forEach(r -> {
                                JsonObject plugin = ((io.vertx.ext.web.client.HttpResponse<?>) r).bodyAsJsonObject();
                                assertThat(plugin.getString("state")).as(plugin.getString("id")).isEqualTo("RUNNING");
                                assertThat(plugin.getInteger("restarts")).as(plugin.getString("id")).isZero();
                                assertThat(plugin.getJsonObject("stats").getLong("errors")).isZero();
                            }));
                            return gateway.stop();
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(120, TimeUnit.SECONDS)).isTrue();
    }

    private void buildHostileJars(KeyPair acme) throws Exception {
        hostile("exiting", ExitingStrategy.class);
        hostile("spawning", SpawningStrategy.class);
        hostile("reflecting", ReflectingStrategy.class);
        hostile("file-reading", FileReadingStrategy.class);
        hostile("socket", SocketStrategy.class);
        hostile("blocking", BlockingStrategy.class);
        hostile("throwing", ThrowingStrategy.class);
        hostile("flooding", FloodingStrategy.class);
        hostile("order-sneaking", OrderSneakingStrategy.class, "read_market_data", "access_external_apis");

        PluginPackager.Signer acmeSigner = new PluginPackager.Signer("acme", acme.getPrivate());
        Path altered = TestPluginJars.signed(plugins, "altered.jar", manifest("altered", QuietStrategy.class),
                acmeSigner, HostileStrategy.class, QuietStrategy.class);
        TestPluginJars.tamper(altered, QUIET_CLASS);

        Path resealed = TestPluginJars.signed(plugins, "resealed.jar", manifest("resealed", QuietStrategy.class),
                acmeSigner, HostileStrategy.class, QuietStrategy.class);
        TestPluginJars.tamper(resealed, QUIET_CLASS);
        resealChecksums(resealed);

        PluginPackager.Signer mallory = new PluginPackager.Signer("mallory",
                PluginSignatures.generateKeyPair().getPrivate());
        TestPluginJars.signed(plugins, "untrusted-signer.jar", manifest("untrusted-signer", QuietStrategy.class),
                mallory, HostileStrategy.class, QuietStrategy.class);
    }

    private void hostile(String name, Class<? extends HostileStrategy> type, String... permissions) {
        String[] granted = permissions.length == 0 ? new String[] {"read_market_data"} : permissions;
        TestPluginJars.packaged(plugins, name + ".jar", TestPluginJars.manifest(name, "1.0.0", "strategy", type,
                new JsonObject(), granted), HostileStrategy.class, type);
    }

    private static JsonObject manifest(String name, Class<?> type) {
        return TestPluginJars.manifest(name, "1.0.0", "strategy", type, new JsonObject(), "read_market_data");
    }

    /** An attacker who also rewrites the manifest's checksums to match: only the signature can tell. */
    private static void resealChecksums(Path jar) throws Exception {
        Map<String, String> checksums = new TreeMap<>();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            checksums.putAll(EntryChecksums.compute(file));
        }
        TestPluginJars.rewrite(jar, (name, bytes) -> {
            if (!name.equals("plugin-manifest.json")) {
                return bytes;
            }
            JsonObject manifest = new JsonObject(new String(bytes, StandardCharsets.UTF_8));
            manifest.getJsonObject("security").put("checksums", new JsonObject(new TreeMap<>(checksums)))
                    .put("checksum", EntryChecksums.digest(checksums));
            return manifest.encodePrettily().getBytes(StandardCharsets.UTF_8);
        });
    }

    private JsonObject config(KeyPair acme) {
        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins")
                .put("config", new JsonObject()
                        .put("synthetic", new JsonObject().put("rate", 50).put("seed", 7))
                        .put("ma-crossover", new JsonObject().put("symbols", new JsonArray().add("AAPL").add("MSFT"))
                                .put("short_period", 3).put("long_period", 8)))
                .put("security", new JsonObject()
                        .put("trusted_keys", new JsonObject().put("acme",
                                PluginSignatures.encodePublicKey(acme.getPublic())))
                        .put("keys_folder", plugins.resolve("no-keys").toString())
                        .put("untrusted", "warn"))
                .put("supervision", new JsonObject()
                        .put("blocked_ms", 1000)
                        .put("max_errors_per_minute", 20)
                        .put("max_messages_per_second", 3000)
                        .put("max_restarts", 1)
                        .put("restart_backoff_ms", 200));
        return config;
    }

    private static void assertMatrix(Map<String, JsonObject> byId) {
        assertRejected(byId, "exiting", "ExitingStrategy.onTick (line", "calls java.lang.System.exit: stops the JVM");
        assertRejected(byId, "spawning", "SpawningStrategy.onTick (line",
                "uses java.lang.ProcessBuilder: spawns a process");
        assertRejected(byId, "reflecting", "reflects into gateway or JDK internals",
                "calls java.lang.reflect.Field.setAccessible: overrides access checks");
        assertRejected(byId, "file-reading", "FileReadingStrategy.onTick (line",
                "accesses files without the access_external_apis permission");
        assertRejected(byId, "socket", "SocketStrategy.onTick (line",
                "opens raw sockets without the access_external_apis permission");
        assertRejected(byId, "altered", "entry '" + QUIET_CLASS + "' was changed");
        assertRejected(byId, "resealed", "the signature does not verify with the key of publisher 'acme'");

        JsonObject untrusted = byId.get("untrusted-signer");
        assertThat(untrusted.getString("state")).isEqualTo("RUNNING");
        assertThat(untrusted.getString("isolation")).isEqualTo("thread");
        assertThat(untrusted.getJsonObject("trust").getString("level")).isEqualTo("untrusted");
        assertThat(untrusted.getJsonObject("trust").getString("reason"))
                .contains("publisher 'mallory' is not among the trusted keys");

        assertQuarantined(byId, "blocking", "blocking its thread");
        assertQuarantined(byId, "throwing", "exceptions within a minute");
        assertQuarantined(byId, "flooding", "messages a second");
        assertThat(byId.get("order-sneaking").getString("state")).isEqualTo("RUNNING");
    }

    private static void assertSneakRefused(JsonObject sneak) {
        assertThat(sneak.getString("pluginBus")).contains("does not grant 'place_orders'");
        assertThat(sneak.getString("rawSubmit")).contains("does not grant 'place_orders'");
        assertThat(sneak.getString("rawBroker")).contains("only through 'order.submit' and the risk gate");
        assertThat(sneak.getString("rawAccount")).contains("does not grant 'read_account_info'");
    }

    private static void assertRejected(Map<String, JsonObject> byId, String id, String... reasons) {
        JsonObject plugin = byId.get(id);
        assertThat(plugin).as(id).isNotNull();
        assertThat(plugin.getString("state")).as(id).isEqualTo("REJECTED");
        for (String reason : reasons) {
            assertThat(plugin.getJsonArray("lastError").encode()).as(id).contains(reason);
        }
    }

    private static void assertQuarantined(Map<String, JsonObject> byId, String id, String reason) {
        JsonObject plugin = byId.get(id);
        assertThat(plugin.getString("state")).as(id).isEqualTo("QUARANTINED");
        assertThat(plugin.getJsonArray("lastError").encode()).as(id).contains(reason).contains("quarantined after 1");
    }
}
