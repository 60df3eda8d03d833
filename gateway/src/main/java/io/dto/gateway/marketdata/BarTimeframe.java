package io.dto.gateway.marketdata;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bar length as the bus names it: a whole number and a unit, {@code s}, {@code m}, {@code h} or {@code d}
 * ({@code 1s}, {@code 1m}, {@code 5m}, {@code 1h}). Bars align to the epoch, so a day starts at UTC midnight and
 * a 5m bar at a multiple of five minutes.
 */
public record BarTimeframe(String label, long millis) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,3})([smhd])");

    /** @throws IllegalArgumentException for anything but a number followed by s, m, h or d */
    public static BarTimeframe parse(String label) {
        Matcher matcher = label == null ? null : FORMAT.matcher(label);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("bar timeframe '" + label + "' is not a number followed by s, m, h "
                    + "or d (1s, 1m, 5m, 1h, 1d)");
        }
        long unit = switch (matcher.group(2)) {
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 86_400_000L;
        };
        return new BarTimeframe(label, Long.parseLong(matcher.group(1)) * unit);
    }

    /** The start of the bar that contains {@code epochMillis}. */
    public long bucketStart(long epochMillis) {
        return Math.floorDiv(epochMillis, millis) * millis;
    }

    public Instant start(long epochMillis) {
        return Instant.ofEpochMilli(bucketStart(epochMillis));
    }
}
