package io.dto.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Maven in a folder, as a person would on the command line; fails with the tail of its output. */
final class MavenRun {

    private MavenRun() {
    }

    /** @param offline whether to stay off the network (everything needed is in the local repository already) */
    static void run(Path folder, boolean offline, long timeoutMinutes, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-ntp"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("mvn", ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " in " + folder + " took over " + timeoutMinutes
                    + " minutes; its output is in " + log);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError(String.join(" ", command) + " in " + folder + " failed with exit code "
                    + process.exitValue() + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size())));
        }
    }
}
