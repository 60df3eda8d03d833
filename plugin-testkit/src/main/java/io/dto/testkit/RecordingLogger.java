package io.dto.testkit;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The logger a plugin gets in the testkit: every level is enabled, every line is kept for the test to inspect and
 * also passed on to the SLF4J logger {@code plugin.<id>}, so it shows in the test output when a binding is present.
 *
 * <p>Threading: safe to call from any thread (a plugin using {@code vertx()} may log from a Vert.x thread).
 */
public final class RecordingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient List<LogEntry> entries = new ArrayList<>();
    private final transient Logger delegate;

    RecordingLogger(String pluginId) {
        this.name = "plugin." + pluginId;
        this.delegate = LoggerFactory.getLogger(name);
    }

    /** Every line logged so far, in order. */
    public synchronized List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    /** The lines logged at {@code level}, in order. */
    public synchronized List<LogEntry> entries(Level level) {
        return entries.stream().filter(e -> e.level() == level).toList();
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return RecordingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable error) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        synchronized (this) {
            entries.add(new LogEntry(level, message, error));
        }
        delegate.atLevel(level).setCause(error).log(message);
    }
}
