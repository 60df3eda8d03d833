package io.dto.gateway.metrics;

import io.dto.gateway.config.RiskRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sorts the reason of a rejected order into a small fixed set, so the reject counter's {@code reason} label stays
 * bounded whatever text a venue sends: the risk gate's rule key ({@code max_notional}, {@code kill_switch}, ...),
 * {@code risk_plugin} for any risk plugin's refusal, the broker channel's refusals ({@code rate_limited},
 * {@code breaker_open}, {@code no_broker}, {@code broker_error}), {@code not_persisted}, and anything else is the
 * venue's.
 */
final class RejectReasons {

    static final String VENUE = "venue";

    private record Kind(String label, Pattern pattern) {
    }

    private static final Set<String> RULES = Arrays.stream(RiskRule.values()).map(RiskRule::key)
            .collect(Collectors.toUnmodifiableSet());

    private static final List<Kind> KINDS = List.of(
            new Kind("risk_plugin", Pattern.compile("^(risk_plugin|[a-z][a-z0-9-]*\\.[a-z0-9_]+): ")),
            new Kind("no_broker", Pattern.compile("^no broker '.*' is running")),
            new Kind("broker_error", Pattern.compile("^broker \\S+ did not take the (order|request)")),
            new Kind("rate_limited", Pattern.compile("^rate limit (of|queue)")),
            new Kind("breaker_open", Pattern.compile("^circuit breaker for broker ")),
            new Kind("not_persisted", Pattern.compile("^not persisted")));

    private RejectReasons() {
    }

    static String classify(String reason) {
        if (reason == null) {
            return VENUE;
        }
        int colon = reason.indexOf(':');
        if (colon > 0 && RULES.contains(reason.substring(0, colon))) {
            return reason.substring(0, colon);
        }
        for (Kind kind : KINDS) {
            if (kind.pattern().matcher(reason).find()) {
                return kind.label();
            }
        }
        return VENUE;
    }
}
