package io.dto.gateway.order;

/**
 * ClOrdIDs unique across restarts: the run number the repository hands each start (one more than any before,
 * committed before the first order) and a counter, e.g. {@code O-7-000042}. No clock is involved, so a clock that
 * steps back cannot repeat an id.
 */
final class OrderIds {

    private final String prefix;
    private long counter;

    OrderIds(long run) {
        this.prefix = "O-" + run + "-";
    }

    String next() {
        counter++;
        String digits = Long.toString(counter);
        return digits.length() >= 6 ? prefix + digits : prefix + "000000".substring(digits.length()) + digits;
    }
}
