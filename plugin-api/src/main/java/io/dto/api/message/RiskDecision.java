package io.dto.api.message;

/**
 * A risk check's verdict on one order.
 *
 * @param rule the rule that decided, e.g. {@code max_notional}
 * @param reason the figures behind a rejection ("notional 125000.00 exceeds limit 100000.00")
 */
public record RiskDecision(boolean approved, String rule, String reason) {

    private static final RiskDecision APPROVED = new RiskDecision(true, null, "approved");

    public static RiskDecision approve() {
        return APPROVED;
    }

    public static RiskDecision reject(String rule, String reason) {
        return new RiskDecision(false, rule, reason);
    }
}
