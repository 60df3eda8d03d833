package io.dto.plugins.fixsim;

import io.dto.plugins.fixsim.book.BookSnapshot;
import io.dto.plugins.fixsim.book.OrderView;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import quickfix.Acceptor;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FileStoreFactory;
import quickfix.MemoryStoreFactory;
import quickfix.MessageStoreFactory;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;

/**
 * The fix-sim venue on its own: a QuickFIX/J acceptor in front of one order book per symbol, with an optional
 * liquidity provider. Usable without the gateway, from tests of other modules:
 *
 * <pre>{@code
 * FixSimVenue venue = new FixSimVenue(FixSimVenue.defaultSettings(0), Set.of("AAPL"), LiquidityConfig.defaults());
 * venue.start();                      // listening on 127.0.0.1:venue.port()
 * venue.onReferenceQuote("AAPL", new BigDecimal("187.50"), new BigDecimal("187.52"));
 * ...
 * venue.stop();
 * }</pre>
 *
 * <p>Messages are kept in memory and sequence numbers reset at every logon (see {@code fix-sim-acceptor.cfg} for
 * why), unless the settings name a {@code FileStorePath} ({@link #persistentSettings}): then the sessions keep their
 * messages and sequence numbers in files, and a venue that was {@linkplain #kill() killed} can be
 * {@linkplain #start() started} again with its books and orders, resending what its counterparties missed. After
 * {@link #stop()} the venue is finished; build a new one.
 */
public final class FixSimVenue implements AutoCloseable {

    /** The class-path resource holding the default sessions. */
    public static final String DEFAULT_SETTINGS = "fix-sim-acceptor.cfg";
    public static final int DEFAULT_PORT = 9876;

    private final SessionSettings settings;
    private final Set<String> symbols;
    private final MatchingEngine engine;
    private final FixSimApplication application;
    /** The acceptor of the current run; {@code null} after a kill until the next start. */
    private SocketAcceptor acceptor;
    private volatile boolean listening;
    private boolean stopped;

    /**
     * @param settings QuickFIX/J acceptor settings, e.g. {@link #defaultSettings(int)}
     * @param symbols the symbols the venue trades; orders for any other are rejected
     * @throws ConfigError when the settings do not describe usable acceptor sessions
     */
    public FixSimVenue(SessionSettings settings, Set<String> symbols, LiquidityConfig liquidity) throws ConfigError {
        this(settings, symbols, liquidity, InstantSource.system());
    }

    /** As {@link #FixSimVenue(SessionSettings, Set, LiquidityConfig)}, with the clock for TransactTime and ids. */
    public FixSimVenue(SessionSettings settings, Set<String> symbols, LiquidityConfig liquidity, InstantSource clock)
            throws ConfigError {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("fix-sim needs at least one symbol to trade");
        }
        this.settings = settings;
        this.symbols = Set.copyOf(symbols);
        FixSender sender = new FixSender();
        this.engine = new MatchingEngine(symbols, liquidity, clock, sender);
        this.application = new FixSimApplication(engine, sender);
        this.acceptor = buildAcceptor();
    }

    private SocketAcceptor buildAcceptor() throws ConfigError {
        MessageStoreFactory store = settings.isSetting(FileStoreFactory.SETTING_FILE_STORE_PATH)
                ? new FileStoreFactory(settings)
                : new MemoryStoreFactory();
        return SocketAcceptor.newBuilder()
                .withApplication(application)
                .withMessageStoreFactory(store)
                .withSettings(settings)
                .withLogFactory(new SLF4JLogFactory(settings))
                .withMessageFactory(new DefaultMessageFactory())
                .build();
    }

    /**
     * The bundled default sessions ({@value #DEFAULT_SETTINGS}) on 127.0.0.1.
     *
     * @param port the port to listen on; 0 picks a free one, which {@link #port()} then tells
     */
    public static SessionSettings defaultSettings(int port) throws ConfigError {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        try (InputStream in = FixSimVenue.class.getClassLoader().getResourceAsStream(DEFAULT_SETTINGS)) {
            if (in == null) {
                throw new ConfigError("resource " + DEFAULT_SETTINGS + " is missing from the fix-sim jar");
            }
            SessionSettings settings = new SessionSettings(in);
            settings.setLong(Acceptor.SETTING_SOCKET_ACCEPT_PORT, port);
            return settings;
        } catch (IOException e) {
            throw new ConfigError(e);
        }
    }

    /**
     * The bundled sessions with messages and sequence numbers kept in files under {@code storeDirectory} and never
     * reset: a counterparty that reconnects, to this venue or to one {@linkplain #kill() killed} and started again,
     * gets what it missed resent.
     */
    public static SessionSettings persistentSettings(int port, Path storeDirectory) throws ConfigError {
        SessionSettings settings = defaultSettings(port);
        settings.setString(FileStoreFactory.SETTING_FILE_STORE_PATH, storeDirectory.toString());
        settings.setBool(Session.SETTING_RESET_ON_LOGON, false);
        settings.setBool(Session.SETTING_RESET_ON_LOGOUT, false);
        settings.setBool(Session.SETTING_RESET_ON_DISCONNECT, false);
        return settings;
    }

    /**
     * Starts listening (again, after {@link #kill()}, on the same port); returns once the socket is bound. When it
     * fails (the port is taken, say) the venue is stopped and the failure rethrown.
     */
    public synchronized void start() throws ConfigError {
        if (stopped) {
            throw new IllegalStateException("fix-sim venue was stopped; build a new one to start again");
        }
        if (listening) {
            throw new IllegalStateException("fix-sim venue is already listening on port " + port());
        }
        if (acceptor == null) {
            acceptor = buildAcceptor();
        }
        try {
            acceptor.start();
        } catch (ConfigError | RuntimeException e) {
            releaseAfterFailedStart(e);
            throw e;
        }
        listening = true;
        settings.setLong(Acceptor.SETTING_SOCKET_ACCEPT_PORT, port());
    }

    /**
     * Simulates a crash of the venue's FIX side: drops every connection without a Logout and stops listening. The
     * books and orders stay; the engine finishes the requests it had already received, and their reports wait in
     * the session stores. {@link #start()} listens again on the same port; with {@link #persistentSettings} the
     * sessions then resume their sequence numbers and resend what was missed.
     */
    public synchronized void kill() throws IOException, InterruptedException {
        if (!listening) {
            throw new IllegalStateException("fix-sim venue is not listening");
        }
        for (SessionID id : acceptor.getSessions()) {
            Session session = Session.lookupSession(id);
            if (session != null) {
                session.disconnect("fix-sim killed", false);
            }
        }
        engine.drain();
        acceptor.stop(true);
        acceptor = null;
        listening = false;
    }

    private void releaseAfterFailedStart(Exception cause) {
        stopped = true;
        try {
            acceptor.stop(true);
        } catch (RuntimeException cleanup) {
            // QuickFIX/J 2.3.2 throws stopping an acceptor whose start failed; it still unregisters its sessions.
            cause.addSuppressed(cleanup);
        }
        acceptor = null;
        engine.close();
    }

    /** Logs out every session, closes the socket and stops the engine. Safe to call twice. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (listening) {
            acceptor.stop();
        }
        acceptor = null;
        listening = false;
        engine.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port the acceptor is bound to (the first one, should the settings name several). */
    public synchronized int port() {
        if (!listening) {
            throw new IllegalStateException("fix-sim venue is not listening");
        }
        return acceptor.getEndpoints().stream()
                .map(endpoint -> (InetSocketAddress) endpoint.getLocalAddress())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("fix-sim venue is not listening"))
                .getPort();
    }

    public synchronized List<SessionID> sessions() {
        return listening ? acceptor.getSessions() : List.of();
    }

    /** The sessions whose counterparty is logged on now. */
    public List<SessionID> loggedOnSessions() {
        return sessions().stream()
                .filter(id -> {
                    Session session = Session.lookupSession(id);
                    return session != null && session.isLoggedOn();
                })
                .toList();
    }

    public Set<String> symbols() {
        return symbols;
    }

    /**
     * Moves the liquidity provider's quotes for {@code symbol} to this reference bid and ask. Ignored while the venue
     * is not listening (before its start, after a kill): a venue that is down does nothing.
     */
    public void onReferenceQuote(String symbol, BigDecimal bid, BigDecimal ask) {
        if (bid.signum() <= 0 || ask.compareTo(bid) < 0) {
            throw new IllegalArgumentException("reference quote for " + symbol + " must have 0 < bid <= ask, got "
                    + bid.toPlainString() + "/" + ask.toPlainString());
        }
        if (listening) {
            engine.onReferenceQuote(symbol, bid, ask);
        }
    }

    /** The top {@code depth} levels of a book; fails for a symbol the venue does not trade. */
    public CompletableFuture<BookSnapshot> book(String symbol, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        return engine.snapshot(symbol, depth);
    }

    public CompletableFuture<VenueStats> stats() {
        return engine.stats();
    }

    /**
     * What the venue holds for these orders of one counterparty session, by the ClOrdID asked for (any ClOrdID an
     * order has had); orders the venue never saw are absent.
     */
    public CompletableFuture<Map<String, OrderView>> orders(SessionID session, Collection<String> clOrdIds) {
        return engine.orders(session, clOrdIds);
    }

    /** Cancels every order (with reports to their sessions) and forgets all of them; sessions stay up. */
    public CompletableFuture<Void> reset() {
        return engine.reset();
    }
}
