package io.dto.plugins.fix;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * The plugin's own durable memory of its orders, next to the QuickFIX/J store: one JSON object per line, appended
 * and flushed to the operating system before the event it records has consequences (a message sent, a report
 * delivered, a sequence number consumed). The QuickFIX/J store keeps only messages and is cleared by every sequence
 * reset; the journal keeps which orders exist, what was reported about them, and when each was submitted, across
 * restarts and resets. Not thread-safe: {@link OrderTracker} serialises every call.
 */
final class OrderJournal implements Closeable {

    private final Path file;
    private final Logger log;
    private BufferedWriter out;

    private OrderJournal(Path file, Logger log) {
        this.file = file;
        this.log = log;
    }

    /** Opens (creating if needed) the journal and returns it with the events already in it. Blocking I/O. */
    static OrderJournal open(Path file, Logger log, List<JsonObject> existing) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OrderJournal journal = new OrderJournal(file, log);
        if (Files.exists(file)) {
            existing.addAll(journal.read());
        }
        journal.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return journal;
    }

    /** Appends one event and flushes it to the operating system. */
    void append(JsonObject event) {
        try {
            out.write(event.encode());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the FIX order journal " + file.toAbsolutePath(), e);
        }
    }

    /** Replaces the journal's content by these events (compaction), atomically. */
    void rewrite(List<JsonObject> events) throws IOException {
        out.close();
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (BufferedWriter writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            for (JsonObject event : events) {
                writer.write(event.encode());
                writer.newLine();
            }
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Every readable line; a torn last line (a crash mid-write) is skipped with a warning. */
    private List<JsonObject> read() throws IOException {
        List<JsonObject> events = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(new JsonObject(line));
            } catch (DecodeException e) {
                log.warn("FIX order journal {} line {} is unreadable and skipped: {}", file, number, e.getMessage());
            }
        }
        return events;
    }
}
