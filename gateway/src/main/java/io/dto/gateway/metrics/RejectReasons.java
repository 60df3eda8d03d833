package io.dto.gateway.metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sorts the reason of a rejected order into a small fixed set, so the reject counter's {@code reason} label stays
 * bounded whatever text a venue sends: the gateway's own refusals by the words it uses, anything else is the venue's.
 */
final class RejectReasons {

    static final String VENUE = "venue";

    private record Kind(String label, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("no_broker", Pattern.compile("^no broker '.*' is running")),
            new Kind("broker_error", Pattern.compile("^broker \\S+ did not take the (order|request)")));

    private RejectReasons() {
    }

    static String classify(String reason) {
        if (reason != null) {
            for (Kind kind : KINDS) {
                if (kind.pattern().matcher(reason).find()) {
                    return kind.label();
                }
            }
        }
        return VENUE;
    }
}
