package io.dto.gateway.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule for derived money figures: eight decimals, half-even. Inputs are kept exact. */
public final class Money {

    public static final int SCALE = 8;

    private Money() {
    }

    public static BigDecimal round(BigDecimal value) {
        return value.scale() <= SCALE ? value : value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** A market-data price (a double by design) as money; {@code null} for NaN or infinite. */
    public static BigDecimal price(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return round(BigDecimal.valueOf(value));
    }

    /** Plain text with two decimals, for reasons a person reads ("125000.00"). */
    public static String text(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
