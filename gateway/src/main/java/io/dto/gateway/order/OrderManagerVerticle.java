package io.dto.gateway.order;

import io.dto.api.Addresses;
import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.CancelRequest;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.Quote;
import io.dto.api.message.ReplaceRequest;
import io.dto.gateway.account.AccountBook;
import io.dto.gateway.broker.BrokerChannel;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.market.QuoteBook;
import io.dto.gateway.persistence.OrderRepository;
import io.dto.gateway.persistence.RecoveredState;
import io.dto.gateway.persistence.StoredOrder;
import io.dto.gateway.risk.KillSwitch;
import io.dto.gateway.risk.OrderExposure;
import io.dto.gateway.risk.PortfolioMonitor;
import io.dto.gateway.risk.RiskGate;
import io.dto.gateway.risk.RiskMeters;
import io.dto.gateway.risk.RiskPluginChain;
import io.dto.gateway.risk.RiskStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order manager: recovers open orders, positions, accounts and kill switches from the repository, then answers
 * {@code order.submit}, {@code order.cancel}, {@code order.replace} and {@code account.query}, applies execution
 * reports and marks positions to quotes. All order, position and risk state lives on this verticle's context; the
 * flows ({@link OrderIntake}, {@link OrderAmendments}, {@link ExecutionApplier}) share it through {@link OrderCore}.
 */
public final class OrderManagerVerticle extends VerticleBase {

    /** Request-reply: an account id (or empty for all) in, {@code {"positions": [...]}} back. */
    public static final String POSITIONS_QUERY = "gateway.orders.positions";
    /** Request-reply: anything in, the {@code GET /api/risk} document back. */
    public static final String RISK_QUERY = "gateway.orders.risk";
    /** Request-reply: {@code {"enabled": bool, "scope": "..."}} in, the kill switch's new state back. */
    public static final String KILL_SWITCH = "gateway.orders.kill-switch";
    /** Send: asks every broker for the state of the open orders (after the broker plugins have started). */
    public static final String RECONCILE = "gateway.orders.reconcile";

    private static final Logger LOG = LoggerFactory.getLogger(OrderManagerVerticle.class);

    private final GatewayConfig config;
    private final InstantSource clock;
    private final OrderViews views;
    private final OrderRepository repository;
    private final MeterRegistry meters;
    private final QuoteBook quotes = new QuoteBook();
    private final OrderExposure exposure = new OrderExposure();
    private final KillSwitch killSwitch = new KillSwitch();
    private final Map<String, BrokerChannel> channels = new LinkedHashMap<>();
    /** Whether each broker session ({@code broker/sessionId}) was logged on at its last status. */
    private final Map<String, Boolean> sessionsLoggedOn = new HashMap<>();
    private AccountBook accounts;
    private OrderCore core;
    private OrderIntake intake;
    private OrderAmendments amendments;
    private ExecutionApplier reports;
    private RiskGate gate;
    private RiskPluginChain plugins;
    private PortfolioMonitor monitor;
    private RiskMeters riskMeters;
    private long monitorTimer = -1;
    private long riskMetersTimer = -1;

    /** @param meters where the broker channels' and the risk figures' meters go */
    public OrderManagerVerticle(GatewayConfig config, InstantSource clock, OrderViews views,
            OrderRepository repository, MeterRegistry meters) {
        this.config = config;
        this.clock = clock;
        this.views = views;
        this.repository = repository;
        this.meters = meters;
    }

    @Override
    public Future<?> start() {
        var since = clock.instant().minus(Duration.ofHours(config.orders().idempotencyWindowHours()));
        return repository.open(since)
                .map(this::recover)
                .compose(v -> listen())
                .onSuccess(v -> {
                    monitorTimer = vertx.setPeriodic(config.risk().portfolioCheckMillis(), id -> monitor.runOnce());
                    sampleRisk();
                    riskMetersTimer = vertx.setPeriodic(RiskMeters.SAMPLE_MILLIS, id -> sampleRisk());
                });
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(monitorTimer);
        vertx.cancelTimer(riskMetersTimer);
        if (riskMeters != null) {
            riskMeters.close();
        }
        channels.values().forEach(BrokerChannel::close);
        return repository.close();
    }

    private Void recover(RecoveredState state) {
        accounts = new AccountBook(config.account(), quotes, clock);
        accounts.restore(state.positions(), state.accounts());
        killSwitch.restore(state.killSwitches());
        config.brokers().forEach((id, limits) -> channels.put(id,
                new BrokerChannel(vertx, id, limits, config.orders().brokerTimeoutMillis(), meters)));
        core = new OrderCore(vertx, clock, repository, views, accounts, exposure, channels, new OrderIds(state.run()));
        core.clientOrderIds().putAll(state.clientOrderIds());
        for (StoredOrder stored : state.openOrders()) {
            ManagedOrder order = ManagedOrder.restore(stored);
            core.track(order);
            core.reserve(order);
            views.update(order.snapshot(), order.executions());
        }
        gate = new RiskGate(config.risk(), accounts, quotes, exposure, killSwitch, clock);
        plugins = new RiskPluginChain(vertx, config.risk().plugins(), config.risk().pluginTimeoutMillis());
        monitor = new PortfolioMonitor(vertx, config.risk().plugins(), config.risk().pluginTimeoutMillis(), accounts);
        riskMeters = new RiskMeters(meters, config.brokers().keySet());
        intake = new OrderIntake(core, config.orders(), config.brokers().keySet(), gate, plugins);
        amendments = new OrderAmendments(core, gate, plugins);
        reports = new ExecutionApplier(core);
        LOG.info("run {}: recovered {} open orders, {} positions, {} accounts, kill switches {}", state.run(),
                state.openOrders().size(), state.positions().size(), state.accounts().size(), killSwitch.active());
        return null;
    }

    private Future<Void> listen() {
        var bus = vertx.eventBus();
        List<Future<Void>> registered = new ArrayList<>();
        registered.add(bus.<Object>consumer(Addresses.ORDER_SUBMIT, m -> answer(m, () ->
                intake.submit(body(m, OrderRequest.class)))).completion());
        registered.add(bus.<Object>consumer(Addresses.ORDER_CANCEL, m -> answer(m, () ->
                amendments.cancel(body(m, CancelRequest.class)))).completion());
        registered.add(bus.<Object>consumer(Addresses.ORDER_REPLACE, m -> answer(m, () ->
                amendments.replace(body(m, ReplaceRequest.class)))).completion());
        registered.add(bus.<Object>consumer(Addresses.ACCOUNT_QUERY, m -> answer(m, () ->
                Future.succeededFuture(accounts.snapshot(account(m.body()))))).completion());
        registered.add(bus.<Object>consumer(POSITIONS_QUERY, m -> answer(m, () -> Future.succeededFuture(
                positions(m.body())))).completion());
        registered.add(bus.<Object>consumer(RISK_QUERY, m -> answer(m, () -> Future.succeededFuture(
                RiskStatus.toJson(config.risk(), exposure, accounts, killSwitch, channels.values(), plugins,
                        monitor)))).completion());
        registered.add(bus.<Object>consumer(KILL_SWITCH, m -> answer(m, () ->
                new KillSwitchCommand(core, killSwitch, amendments, channels.keySet())
                        .apply(body(m, JsonObject.class)))).completion());
        registered.add(bus.<Object>consumer(RECONCILE, m -> reconcile(null)).completion());
        registered.add(bus.<BrokerSessionStatus>consumer(Addresses.BROKER_SESSIONS, m -> {
            BrokerSessionStatus status = m.body();
            Boolean before = sessionsLoggedOn.put(status.broker() + "/" + status.sessionId(), status.loggedOn());
            // Brokers republish a logged-on session as its numbers move; only a logon reconciles.
            if (status.loggedOn() && !Boolean.TRUE.equals(before)) {
                reconcile(status.broker());
            }
        }).completion());
        for (String broker : config.brokers().keySet()) {
            registered.add(bus.<ExecutionReport>consumer(Addresses.brokerReports(broker),
                    m -> reports.onReport(m.body())).completion());
        }
        for (String symbol : config.orders().symbols()) {
            registered.add(bus.<Quote>consumer(Addresses.quote(symbol), m -> quotes.onQuote(m.body())).completion());
        }
        return Future.all(registered).mapEmpty();
    }

    private void sampleRisk() {
        riskMeters.sample(accounts, exposure, killSwitch, config.orders().defaultAccount());
    }

    /**
     * Asks a broker (or every broker, for {@code null}) for the state of its open orders (FIX OrderStatusRequest):
     * after a restart, reports the broker sent while the gateway was down arrive again, and each ExecID is applied
     * once. Runs when the broker plugins have started and whenever a broker session logs on.
     */
    private void reconcile(String broker) {
        for (ManagedOrder order : core.openOrders()) {
            if (broker == null || broker.equals(order.request().broker())) {
                core.requestStatus(order, config.orders().brokerTimeoutMillis());
            }
        }
    }

    private JsonObject positions(Object body) {
        String account = body instanceof String s && !s.isBlank() ? s : null;
        JsonArray list = new JsonArray();
        accounts.positions(account).forEach(p -> list.add(io.dto.api.codec.RecordJson.toJson(p)));
        return new JsonObject().put("positions", list);
    }

    private String account(Object body) {
        String id = body instanceof String s && !s.isBlank() ? s : config.orders().defaultAccount();
        if (!id.equals(config.orders().defaultAccount()) && !accounts.accountIds().contains(id)) {
            throw new OrderRefusedException(404, "no account '" + id + "'");
        }
        return id;
    }

    private static <T> T body(Message<Object> message, Class<T> type) {
        if (!type.isInstance(message.body())) {
            throw new OrderRefusedException(400, message.address() + " takes a " + type.getSimpleName());
        }
        return type.cast(message.body());
    }

    private static void answer(Message<Object> message, Supplier<Future<?>> work) {
        Future<?> result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            result = Future.failedFuture(e);
        }
        result.onSuccess(message::reply).onFailure(e -> {
            if (e instanceof OrderRefusedException refused) {
                message.fail(refused.status(), refused.getMessage());
            } else if (e instanceof IllegalArgumentException || e instanceof NullPointerException) {
                message.fail(400, e.getMessage());
            } else {
                LOG.error("{} failed", message.address(), e);
                message.fail(500, String.valueOf(e.getMessage()));
            }
        });
    }
}
