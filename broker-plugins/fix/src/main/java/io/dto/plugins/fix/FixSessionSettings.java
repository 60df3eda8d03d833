package io.dto.plugins.fix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import quickfix.Application;
import quickfix.CompositeLogFactory;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FileLogFactory;
import quickfix.FileStoreFactory;
import quickfix.LogFactory;
import quickfix.SLF4JLogFactory;
import quickfix.SessionFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;

/**
 * The user's QuickFIX/J settings file, checked for what the plugin needs: exactly one session, an initiator, and a
 * {@code FileStorePath} (sequence numbers and sent messages must survive a restart, or a reconnect could neither
 * resend nor gap-fill). Everything else (BeginString, CompIDs, host, port, heartbeat, schedule, dictionaries,
 * reset policy, reconnect intervals) is the file's to say, as for any QuickFIX/J application.
 */
final class FixSessionSettings {

    private final Path file;
    private final SessionSettings settings;
    private final SessionID sessionId;

    private FixSessionSettings(Path file, SessionSettings settings, SessionID sessionId) {
        this.file = file;
        this.settings = settings;
        this.sessionId = sessionId;
    }

    /** Reads and checks the file; blocking I/O. */
    static FixSessionSettings load(Path file) throws ConfigError {
        if (!Files.isRegularFile(file)) {
            throw new ConfigError("QuickFIX/J settings file " + file.toAbsolutePath() + " does not exist; set the"
                    + " plugin's settings_file to a file with one initiator session");
        }
        SessionSettings settings;
        try (InputStream in = Files.newInputStream(file)) {
            settings = new SessionSettings(in);
        } catch (IOException e) {
            throw new ConfigError("cannot read QuickFIX/J settings file " + file.toAbsolutePath() + ": " + e);
        }
        List<SessionID> sessions = new ArrayList<>();
        for (Iterator<SessionID> it = settings.sectionIterator(); it.hasNext();) {
            sessions.add(it.next());
        }
        if (sessions.size() != 1) {
            throw new ConfigError(file + " describes " + sessions.size() + " sessions; the fix plugin drives exactly"
                    + " one [SESSION] per settings file");
        }
        SessionID session = sessions.get(0);
        String type = settings.getString(session, SessionFactory.SETTING_CONNECTION_TYPE);
        if (!SessionFactory.INITIATOR_CONNECTION_TYPE.equals(type)) {
            throw new ConfigError(file + ": ConnectionType must be initiator, got " + type);
        }
        if (!settings.isSetting(session, FileStoreFactory.SETTING_FILE_STORE_PATH)) {
            throw new ConfigError(file + ": FileStorePath is required (e.g. FileStorePath=data/quickfixj/store), so"
                    + " sequence numbers and sent messages survive a restart");
        }
        return new FixSessionSettings(file, settings, session);
    }

    SessionID sessionId() {
        return sessionId;
    }

    Path file() {
        return file;
    }

    /** The folder of the session's FileStore, where the plugin keeps its order journal too. */
    Path storeDirectory() throws ConfigError {
        return Path.of(settings.getString(sessionId, FileStoreFactory.SETTING_FILE_STORE_PATH));
    }

    /** The initiator for this session: FileStore, SLF4J logs (plus message files when FileLogPath is set). */
    SocketInitiator initiator(Application application) throws ConfigError {
        LogFactory logs = new SLF4JLogFactory(settings);
        if (settings.isSetting(sessionId, FileLogFactory.SETTING_FILE_LOG_PATH)) {
            logs = new CompositeLogFactory(new LogFactory[] {logs, new FileLogFactory(settings)});
        }
        return SocketInitiator.newBuilder()
                .withApplication(application)
                .withMessageStoreFactory(new FileStoreFactory(settings))
                .withSettings(settings)
                .withLogFactory(logs)
                .withMessageFactory(new DefaultMessageFactory())
                .build();
    }
}
