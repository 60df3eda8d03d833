package io.dto.gateway.isolation;

import io.dto.api.Permission;
import io.dto.gateway.plugin.ValidatedPlugin;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a plugin-host JVM ({@link PluginHostMain}) for one validated plugin, with the gateway's own Java and class
 * path. What the process needs (jar, configuration, permissions, the bridge's port and its one-time token) goes to
 * its standard input, so no secret lands on a command line or in a file; its output goes to {@code host.log} beside
 * the staged jar.
 */
final class PluginProcess {

    /** A small heap and the serial collector: a plugin host runs one plugin. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xshare:auto");

    private final String javaCommand;
    private final String classPath;

    PluginProcess(String javaHome, String classPath) {
        this.javaCommand = Path.of(javaHome, "bin", "java").toString();
        this.classPath = classPath;
    }

    static PluginProcess ofThisJvm() {
        return new PluginProcess(System.getProperty("java.home"), System.getProperty("java.class.path"));
    }

    Path logFile(ValidatedPlugin plugin) {
        return plugin.jar().resolveSibling("host.log");
    }

    /** Blocking: the last lines the process wrote that say what went wrong (WARN, ERROR and exceptions). */
    String lastProblems(ValidatedPlugin plugin, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile(plugin));
            List<String> problems = all.stream()
                    .filter(line -> line.contains("ERROR") || line.contains("WARN") || line.contains("Exception"))
                    .toList();
            return String.join(" | ", problems.subList(Math.max(0, problems.size() - lines), problems.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Blocking: starts the process and hands it its launch specification. */
    Process start(ValidatedPlugin plugin, int bridgePort, String token) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(classPath);
        command.add(PluginHostMain.class.getName());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(plugin).toFile()))
                .start();
        JsonObject spec = new JsonObject()
                .put("id", plugin.id())
                .put("jar", plugin.jar().toAbsolutePath().toString())
                .put("config", plugin.config())
                .put("permissions", new JsonArray(plugin.permissions().stream().map(Permission::manifestName).toList()))
                .put("port", bridgePort)
                .put("token", token);
        try (OutputStream in = process.getOutputStream()) {
            in.write(spec.encode().getBytes(StandardCharsets.UTF_8));
        }
        return process;
    }
}
