package io.dto.gateway.risk;

import io.dto.api.message.Account;
import io.dto.gateway.account.AccountBook;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The risk figures as gauges. Per account: gross exposure (positions at their marks plus the open orders' notional,
 * as the {@code max_gross_exposure} check adds them), daily P&amp;L, and drawdown from the highest equity sampled
 * since the gateway started. Per kill-switch scope: 1 while it is on; {@code all} and each configured broker's scope
 * always have a series, a strategy's scope from the first time it is turned on. Orders name their account, so the
 * first {@link #MAX_ACCOUNTS} accounts get series of their own and the rest count under {@code account="_other"}
 * (exposure and P&amp;L summed, drawdown the largest). The figures live on the order manager's context, so it calls
 * {@link #sample} there every {@link #SAMPLE_MILLIS}; the gauges read the copies from the scrape thread.
 */
public final class RiskMeters {

    /** How often the order manager copies its figures into the gauges. */
    public static final long SAMPLE_MILLIS = 1000;
    static final int MAX_ACCOUNTS = 20;
    static final String OTHER = "_other";

    static final String GROSS_EXPOSURE = "gateway.risk.gross.exposure";
    static final String DAILY_PNL = "gateway.risk.daily.pnl";
    static final String DRAWDOWN = "gateway.risk.drawdown";
    static final String KILL_SWITCH = "gateway.risk.kill.switch.on";

    private final MeterRegistry registry;
    private final Map<String, Figures> accounts = new ConcurrentHashMap<>();
    /** Every account's highest equity sampled, including those counted under {@link #OTHER}. */
    private final Map<String, Double> peakEquity = new HashMap<>();
    private final Map<String, Boolean> scopes = new ConcurrentHashMap<>();
    private final List<Meter> registered = new ArrayList<>();

    /** One account's figures, as last sampled. */
    private static final class Figures {
        private volatile double grossExposure;
        private volatile double dailyPnl;
        private volatile double drawdown;
    }

    /** Registers the kill-switch series of {@code all} and of each broker's scope (all off until sampled). */
    public RiskMeters(MeterRegistry registry, Collection<String> brokers) {
        this.registry = registry;
        scope(KillSwitch.ALL);
        brokers.forEach(broker -> scope(KillSwitch.BROKER + broker));
    }

    /**
     * Copies the figures of every account the book knows, and of {@code defaultAccount} even before its first
     * order, and the kill switch's scopes. On the order manager's context.
     */
    public void sample(AccountBook book, OrderExposure exposure, KillSwitch killSwitch, String defaultAccount) {
        Set<String> ids = new TreeSet<>(book.accountIds());
        ids.remove(defaultAccount);
        List<String> ordered = new ArrayList<>(List.of(defaultAccount));
        ordered.addAll(ids);
        double otherGross = 0;
        double otherPnl = 0;
        double otherDrawdown = 0;
        boolean other = false;
        for (String id : ordered) {
            Account account = book.snapshot(id);
            double gross = book.grossValue(id).add(exposure.openNotional(id)).doubleValue();
            double drawdown = drawdown(id, account.equity());
            Figures figures = accounts.get(id);
            if (figures == null && accounts.size() < MAX_ACCOUNTS) {
                figures = accounts.computeIfAbsent(id, this::register);
            }
            if (figures == null) {
                other = true;
                otherGross += gross;
                otherPnl += account.dailyPnl().doubleValue();
                otherDrawdown = Math.max(otherDrawdown, drawdown);
            } else {
                set(figures, gross, account.dailyPnl().doubleValue(), drawdown);
            }
        }
        if (other) {
            set(accounts.computeIfAbsent(OTHER, this::register), otherGross, otherPnl, otherDrawdown);
        }
        Set<String> on = killSwitch.active().keySet();
        on.forEach(this::scope);
        scopes.replaceAll((scope, wasOn) -> on.contains(scope));
    }

    /** Removes every gauge this registered. */
    public void close() {
        registered.forEach(registry::remove);
        registered.clear();
    }

    private double drawdown(String account, BigDecimal equity) {
        double now = equity.doubleValue();
        double peak = peakEquity.merge(account, now, Math::max);
        return peak <= 0 ? 0 : (peak - now) / peak;
    }

    private static void set(Figures figures, double grossExposure, double dailyPnl, double drawdown) {
        figures.grossExposure = grossExposure;
        figures.dailyPnl = dailyPnl;
        figures.drawdown = drawdown;
    }

    private Figures register(String account) {
        Figures figures = new Figures();
        registered.add(Gauge.builder(GROSS_EXPOSURE, figures, f -> f.grossExposure).tag("account", account)
                .description("Positions at their marks plus open orders' notional, in the account's currency")
                .register(registry));
        registered.add(Gauge.builder(DAILY_PNL, figures, f -> f.dailyPnl).tag("account", account)
                .description("Realized plus unrealized P&L since the start of the trading day, in the account's "
                        + "currency")
                .register(registry));
        registered.add(Gauge.builder(DRAWDOWN, figures, f -> f.drawdown).tag("account", account).baseUnit("ratio")
                .description("Fall of equity from the highest equity sampled since the gateway started, as a "
                        + "fraction of that high")
                .register(registry));
        return figures;
    }

    private void scope(String scope) {
        if (scopes.putIfAbsent(scope, false) == null) {
            registered.add(Gauge.builder(KILL_SWITCH, scopes, s -> Boolean.TRUE.equals(s.get(scope)) ? 1 : 0)
                    .tag("scope", scope).description("1 while the kill switch is on for the scope")
                    .register(registry));
        }
    }
}
