package io.dto.plugins.fixsim;

import io.dto.plugins.fixsim.book.BookSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import quickfix.Acceptor;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
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
 * <p>A venue starts once; after {@link #stop()} build a new one. Messages are kept in memory (see
 * {@code fix-sim-acceptor.cfg} for why).
 */
public final class FixSimVenue implements AutoCloseable {

    /** The class-path resource holding the default sessions. */
    public static final String DEFAULT_SETTINGS = "fix-sim-acceptor.cfg";
    public static final int DEFAULT_PORT = 9876;

    private final Set<String> symbols;
    private final MatchingEngine engine;
    private final SocketAcceptor acceptor;
    private boolean started;
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
        this.symbols = Set.copyOf(symbols);
        FixSender sender = new FixSender();
        this.engine = new MatchingEngine(symbols, liquidity, clock, sender);
        this.acceptor = SocketAcceptor.newBuilder()
                .withApplication(new FixSimApplication(engine, sender))
                .withMessageStoreFactory(new MemoryStoreFactory())
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
     * Starts listening; returns once the socket is bound. When it fails (the port is taken, say) the venue is
     * stopped and the failure rethrown.
     */
    public synchronized void start() throws ConfigError {
        if (started) {
            throw new IllegalStateException("fix-sim venue already started; build a new one to start again");
        }
        started = true;
        try {
            acceptor.start();
        } catch (ConfigError | RuntimeException e) {
            releaseAfterFailedStart(e);
            throw e;
        }
    }

    private void releaseAfterFailedStart(Exception cause) {
        stopped = true;
        try {
            acceptor.stop(true);
        } catch (RuntimeException cleanup) {
            // QuickFIX/J 2.3.2 throws stopping an acceptor whose start failed; it still unregisters its sessions.
            cause.addSuppressed(cleanup);
        }
        engine.close();
    }

    /** Logs out every session, closes the socket and stops the engine. Safe to call twice. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (started) {
            acceptor.stop();
        }
        engine.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port the acceptor is bound to (the first one, should the settings name several). */
    public int port() {
        return acceptor.getEndpoints().stream()
                .map(endpoint -> (InetSocketAddress) endpoint.getLocalAddress())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("fix-sim venue is not listening"))
                .getPort();
    }

    public List<SessionID> sessions() {
        return acceptor.getSessions();
    }

    /** The sessions whose counterparty is logged on now. */
    public List<SessionID> loggedOnSessions() {
        return acceptor.getSessions().stream()
                .filter(id -> {
                    Session session = Session.lookupSession(id);
                    return session != null && session.isLoggedOn();
                })
                .toList();
    }

    public Set<String> symbols() {
        return symbols;
    }

    /** Moves the liquidity provider's quotes for {@code symbol} to this reference bid and ask. */
    public void onReferenceQuote(String symbol, BigDecimal bid, BigDecimal ask) {
        if (bid.signum() <= 0 || ask.compareTo(bid) < 0) {
            throw new IllegalArgumentException("reference quote for " + symbol + " must have 0 < bid <= ask, got "
                    + bid.toPlainString() + "/" + ask.toPlainString());
        }
        engine.onReferenceQuote(symbol, bid, ask);
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

    /** Cancels every order (with reports to their sessions) and forgets all of them; sessions stay up. */
    public CompletableFuture<Void> reset() {
        return engine.reset();
    }
}
