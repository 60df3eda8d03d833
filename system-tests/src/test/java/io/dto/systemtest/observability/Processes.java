package io.dto.systemtest.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool (promtool) to completion with a time limit, and says what it printed. */
final class Processes {

    /** How a finished process ended. */
    record Result(int exitCode, String output) {
    }

    private Processes() {
    }

    static Result run(List<String> command, String stdin, Path workDir) {
        try {
            Path output = Files.createTempFile(workDir, "process", ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            try {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
                }
                return new Result(process.exitValue(), Files.readString(output));
            } finally {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
