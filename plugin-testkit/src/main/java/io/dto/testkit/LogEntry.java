package io.dto.testkit;

import org.slf4j.event.Level;

/**
 * One line a plugin logged.
 *
 * @param message the message with its {@code {}} placeholders filled in
 * @param error the throwable logged with it, or {@code null}
 */
public record LogEntry(Level level, String message, Throwable error) {

    @Override
    public String toString() {
        return level + " " + message + (error == null ? "" : " (" + error + ")");
    }
}
