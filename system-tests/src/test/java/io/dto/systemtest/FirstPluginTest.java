package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.Signal;
import io.dto.api.message.Tick;
import io.dto.gateway.cli.GatewayCommand;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Write your first plugin", step by step: {@code plugin new}, {@code mvn verify} in the generated
 * project, {@code keys generate}, {@code plugin sign}, {@code plugin validate}, and a gateway that trusts the key
 * loads the plugin and runs it. The generated project finds plugin-parent through {@code --parent-path} and
 * plugin-api and plugin-testkit in the local Maven repository, where the test first installs this build's.
 */
@ExtendWith(VertxExtension.class)
class FirstPluginTest {

    private static final Path REPO = Path.of(System.getProperty("dto.repo.dir", "..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    /**
     * plugin-api, plugin-tooling, plugin-testkit and plugin-parent of this build, into the local repository. Online:
     * a build that ran only up to verify may not have the install plugin yet.
     */
    @BeforeAll
    static void installPluginParent() throws Exception {
        MavenRun.run(REPO, false, 5, "install", "-DskipTests", "-pl",
                ".,plugin-api,plugin-tooling,plugin-testkit,plugin-parent");
    }

    @Test
    @DisplayName("the indicator template builds and passes its test as generated")
    void shouldBuildTheIndicatorTemplate() throws Exception {
        Path project = work.resolve("my-average");
        cli("plugin", "new", "--type", "indicator", "--dir", project.toString(),
                "--parent-path", REPO.resolve("plugin-parent").toString(), "my-average");
        MavenRun.run(project, true, 5, "verify");
        assertThat(project.resolve("plugins/my-average.jar")).isRegularFile();
        assertThat(cli("plugin", "validate", "--config", writeConfig(GatewayHarness.config(work)).toString(),
                project.resolve("plugins/my-average.jar").toString()))
                .contains("trust:       unsigned: the plugin is not signed").contains("decision: LOAD");
    }

    @Test
    @DisplayName("plugin new -> mvn verify -> keys generate -> plugin sign -> plugin validate -> loaded and trading")
    void shouldTakeANewPluginFromTemplateToRunningGateway(Vertx vertx, VertxTestContext test) throws Exception {
        long started = System.nanoTime();

        Path project = work.resolve("my-momentum");
        cli("plugin", "new", "--type", "strategy", "--dir", project.toString(),
                "--parent-path", REPO.resolve("plugin-parent").toString(), "my-momentum");
        MavenRun.run(project, true, 5, "verify");
        Path jar = project.resolve("plugins/my-momentum.jar");
        assertThat(jar).isRegularFile();

        Path keys = work.resolve("keys");
        cli("keys", "generate", "--publisher", "tutorial", "--out", keys.toString());
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path trusted = Files.createDirectories(work.resolve("trusted"));
        Files.copy(keys.resolve("tutorial.pub"), trusted.resolve("tutorial.pub"));
        cli("plugin", "sign", "--key", keys.resolve("tutorial.key").toString(), "--publisher", "tutorial",
                "--out", plugins.resolve("my-momentum.jar").toString(), jar.toString());

        JsonObject config = GatewayHarness.config(plugins);
        config.getJsonObject("plugins").put("security", new JsonObject().put("keys_folder", trusted.toString())
                .put("untrusted", "refuse"));
        Path yaml = writeConfig(config);
        String validation = cli("plugin", "validate", "--config", yaml.toString(),
                plugins.resolve("my-momentum.jar").toString());
        assertThat(validation).contains("trust:       trusted (publisher tutorial)").contains("decision: LOAD");

        Promise<Signal> signal = Promise.promise();
        MessageConsumer<Signal> signals = vertx.eventBus().consumer(Addresses.signal("my-momentum"),
                m -> signal.tryComplete(m.body()));
        signals.completion()
                .compose(v -> GatewayHarness.start(vertx, config))
                .onComplete(test.succeeding(gateway -> gateway.get("/api/plugins/my-momentum")
                        .compose(response -> {
                            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                            System.out.println("plugin new -> loaded plugin took " + millis + " ms");
                            test.verify(() -> {
                                JsonObject plugin = response.bodyAsJsonObject();
                                assertThat(plugin.getString("state")).isEqualTo("RUNNING");
                                assertThat(plugin.getJsonObject("trust").getBoolean("trusted")).isTrue();
                                assertThat(plugin.getString("isolation")).isEqualTo("event_loop");
                            });
                            vertx.eventBus().publish(Addresses.tick("AAPL"), new Tick("AAPL", Instant.now(), 100, 1,
                                    null));
                            vertx.eventBus().publish(Addresses.tick("AAPL"), new Tick("AAPL", Instant.now(), 102, 1,
                                    null));
                            return signal.future();
                        })
                        .compose(received -> {
                            test.verify(() -> assertThat(received.symbol()).isEqualTo("AAPL"));
                            return signals.unregister().compose(v -> gateway.stop());
                        })
                        .onComplete(test.succeedingThenComplete())));
        assertThat(test.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
    }

    /** YAML is a superset of JSON: the configuration as a gateway.yaml file. */
    private Path writeConfig(JsonObject config) throws java.io.IOException {
        return Files.writeString(work.resolve("gateway.yaml"), config.encodePrettily());
    }

    /** Runs a {@code bin/gateway} command in-process; fails with its output unless it exits with 0. */
    private static String cli(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var line = GatewayCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        java.io.PrintStream previous = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true));
        int exit;
        try {
            exit = line.execute(arguments);
        } finally {
            System.setOut(previous);
        }
        String output = printed + out.toString() + err;
        assertThat(exit).as(String.join(" ", arguments) + "\n" + output).isZero();
        return output;
    }
}
