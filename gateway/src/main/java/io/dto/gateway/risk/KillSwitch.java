package io.dto.gateway.risk;

import io.dto.api.message.OrderRequest;
import io.dto.gateway.persistence.KillSwitchRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kill switch: on for everything ({@code all}), one broker ({@code broker:<id>}) or one strategy
 * ({@code strategy:<id>}). While on, new orders in its scope are refused; it stays on, across restarts, until a
 * person turns it off. On the order manager's context only.
 */
public final class KillSwitch {

    public static final String ALL = "all";
    public static final String BROKER = "broker:";
    public static final String STRATEGY = "strategy:";

    private final Map<String, Instant> brokers = new HashMap<>();
    private final Map<String, Instant> strategies = new HashMap<>();
    private Instant all;

    /** Checks a scope's form; the message says what a valid one looks like. */
    public static void validateScope(String scope) {
        if (scope.equals(ALL) || (scope.startsWith(BROKER) && scope.length() > BROKER.length())
                || (scope.startsWith(STRATEGY) && scope.length() > STRATEGY.length())) {
            return;
        }
        throw new IllegalArgumentException("scope must be \"all\", \"broker:<id>\" or \"strategy:<id>\", got \""
                + scope + "\"");
    }

    public void restore(List<KillSwitchRecord> records) {
        records.stream().filter(KillSwitchRecord::enabled).forEach(r -> set(r.scope(), true, r.changedAt()));
    }

    public void set(String scope, boolean enabled, Instant at) {
        validateScope(scope);
        Instant since = enabled ? at : null;
        if (scope.equals(ALL)) {
            all = since;
        } else if (scope.startsWith(BROKER)) {
            put(brokers, scope.substring(BROKER.length()), since);
        } else {
            put(strategies, scope.substring(STRATEGY.length()), since);
        }
    }

    /** The scope that blocks this order, or {@code null}. */
    public String blocking(OrderRequest order) {
        if (all != null) {
            return ALL;
        }
        if (!brokers.isEmpty() && order.broker() != null && brokers.containsKey(order.broker())) {
            return BROKER + order.broker();
        }
        if (!strategies.isEmpty() && order.strategyId() != null && strategies.containsKey(order.strategyId())) {
            return STRATEGY + order.strategyId();
        }
        return null;
    }

    /** Whether an order (its broker and strategy) falls in a scope. */
    public static boolean inScope(String scope, String broker, String strategyId) {
        return scope.equals(ALL) || scope.equals(BROKER + broker)
                || (strategyId != null && scope.equals(STRATEGY + strategyId));
    }

    public Instant since(String scope) {
        if (scope.equals(ALL)) {
            return all;
        }
        return scope.startsWith(BROKER) ? brokers.get(scope.substring(BROKER.length()))
                : strategies.get(scope.substring(STRATEGY.length()));
    }

    /** Every scope that is on, with the instant it was turned on. */
    public Map<String, Instant> active() {
        Map<String, Instant> active = new java.util.TreeMap<>();
        if (all != null) {
            active.put(ALL, all);
        }
        brokers.forEach((id, at) -> active.put(BROKER + id, at));
        strategies.forEach((id, at) -> active.put(STRATEGY + id, at));
        return active;
    }

    private static void put(Map<String, Instant> scopes, String id, Instant since) {
        if (since == null) {
            scopes.remove(id);
        } else {
            scopes.put(id, since);
        }
    }
}
