package io.dto.bench.startup;

import io.dto.bench.load.LatencyResult;
import io.dto.bench.load.LoopbackPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Start-up: from starting a JVM to its first 200 on {@code /ready}, polled every 5 ms, and its resident memory then.
 * The gateway is started by {@code bin/gateway run} itself (without building), so with the JVM options a user gets
 * ({@code config/jvm.options} and the class-data archive), with the shipped {@code config/gateway.yaml} and its
 * default plugins, and with only what would collide with another run moved aside: the HTTP port, the fix-sim port,
 * the order store and the FIX store. One start before the timed ones is not counted: the first start after a build
 * writes the class-data archive as it exits, as a user's first start does. The baseline, in the same run, is a JVM
 * that starts Vert.x and answers {@code /ready} with nothing else ({@link BareVertxReady}), with default options.
 */
public final class StartupScenario {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** How long a stopped gateway may take to exit; the first one writes the class-data archive. */
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private final Path repository;

    /** {@code repository} holds {@code config/} and the built {@code plugins/}. */
    public StartupScenario(Path repository) {
        this.repository = repository;
    }

    /** {@code runs} start-ups of the gateway and of the baseline, alternating; times in microseconds. */
    public List<LatencyResult> measure(int runs) throws Exception {
        Histogram gateway = new Histogram(3);
        Histogram bare = new Histogram(3);
        long gatewayRss = 0;
        long bareRss = 0;
        startGateway();
        for (int i = 0; i < runs; i++) {
            Start g = startGateway();
            gateway.recordValue(g.nanos());
            gatewayRss = Math.max(gatewayRss, g.rssKb());
            Start b = start(port -> List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    BareVertxReady.class.getName(), String.valueOf(port)), Map.of());
            bare.recordValue(b.nanos());
            bareRss = Math.max(bareRss, b.rssKb());
        }
        String bareName = "start-up to /ready, bare Vert.x";
        System.out.printf("resident memory at ready (largest of %d): gateway %,d MB, bare Vert.x %,d MB%n", runs,
                gatewayRss / 1024, bareRss / 1024);
        return List.of(LatencyResult.of("start-up to /ready, gateway", bareName, 0, runs, gateway.getTotalCount(),
                        gateway, 0),
                LatencyResult.of(bareName, null, 0, runs, bare.getTotalCount(), bare, 0));
    }

    /** How long one start-up took, and the resident set of the process when it was ready. */
    private record Start(long nanos, long rssKb) {
    }

    private Start startGateway() throws Exception {
        Path work = Files.createTempDirectory("bench-startup");
        int venuePort = LoopbackPorts.free();
        String initiator = Files.readString(repository.resolve("config/quickfixj/fix-sim-initiator.cfg"))
                .replace("SocketConnectPort=9876", "SocketConnectPort=" + venuePort)
                .replace("FileStorePath=data/quickfixj/store", "FileStorePath=" + work.resolve("fix-store"));
        Path settings = Files.writeString(work.resolve("initiator.cfg"), initiator);
        Map<String, String> environment = Map.of(
                "GATEWAY_SKIP_BUILD", "1",
                "DTO_PLUGINS__CONFIG__FIX-SIM__PORT", String.valueOf(venuePort),
                "DTO_PLUGINS__CONFIG__FIX__SETTINGS_FILE", settings.toString(),
                "DTO_PERSISTENCE__JDBC_URL", "jdbc:h2:file:" + work.resolve("gateway") + ";WRITE_DELAY=0;FILE_LOCK=FS");
        String gateway = repository.resolve("bin/gateway").toString();
        return start(port -> List.of(gateway, "run", "--port", String.valueOf(port)), environment);
    }

    /**
     * Starts {@code command} (given its HTTP port) with this process's environment but its JVM options
     * ({@code GATEWAY_JAVA_OPTS}), and {@code environment} on top.
     */
    private Start start(IntFunction<List<String>> command, Map<String, String> environment) throws Exception {
        int port = LoopbackPorts.free();
        ProcessBuilder builder = new ProcessBuilder(command.apply(port)).directory(repository.toFile())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("bench-startup", ".log").toFile());
        builder.environment().remove("GATEWAY_JAVA_OPTS");
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            awaitReady(process, port);
            long nanos = System.nanoTime() - begin;
            return new Start(nanos, residentKb(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitReady(Process process, int port) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                .timeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process exited with " + process.exitValue()
                        + " before /ready answered");
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port is not open yet: poll again
            }
            process.waitFor(5, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("/ready did not answer 200 within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private static long residentKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
