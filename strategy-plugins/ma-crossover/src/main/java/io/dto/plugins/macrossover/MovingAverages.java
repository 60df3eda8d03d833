package io.dto.plugins.macrossover;

/**
 * The short and long simple moving averages of one symbol's prices, updated in O(1) per price: a ring buffer of the
 * last {@code 2 * longPeriod} prices (the guide's buffer bound) and a running sum per window. The sums are
 * recomputed from the buffer each time the ring wraps, so rounding errors cannot accumulate over a long session;
 * that costs O(longPeriod) once per {@code 2 * longPeriod} updates, still O(1) amortized.
 *
 * <p>Not thread-safe: used on the strategy's context only.
 */
final class MovingAverages {

    private final int shortPeriod;
    private final int longPeriod;
    private final double[] ring;
    private int next;
    private long count;
    private double shortSum;
    private double longSum;

    MovingAverages(int shortPeriod, int longPeriod) {
        if (shortPeriod < 1 || shortPeriod >= longPeriod) {
            throw new IllegalArgumentException("need 1 <= shortPeriod < longPeriod, got " + shortPeriod + " and "
                    + longPeriod);
        }
        this.shortPeriod = shortPeriod;
        this.longPeriod = longPeriod;
        this.ring = new double[2 * longPeriod];
    }

    void add(double price) {
        if (count >= shortPeriod) {
            shortSum -= back(shortPeriod);
        }
        if (count >= longPeriod) {
            longSum -= back(longPeriod);
        }
        ring[next] = price;
        shortSum += price;
        longSum += price;
        next = (next + 1) % ring.length;
        count++;
        if (next == 0) {
            shortSum = sumOfLast(shortPeriod);
            longSum = sumOfLast(longPeriod);
        }
    }

    /** Whether the long window is full: the guide generates signals from then on. */
    boolean ready() {
        return count >= longPeriod;
    }

    /** The average of the last {@code shortPeriod} prices (of all prices while fewer have arrived). */
    double shortAverage() {
        return shortSum / Math.min(count, shortPeriod);
    }

    /** The average of the last {@code longPeriod} prices (of all prices while fewer have arrived). */
    double longAverage() {
        return longSum / Math.min(count, longPeriod);
    }

    /** How many prices the buffer holds: at most {@code 2 * longPeriod}. */
    int size() {
        return (int) Math.min(count, ring.length);
    }

    int capacity() {
        return ring.length;
    }

    /** The price {@code age} updates back (1 = the newest), read before the slot is overwritten. */
    private double back(int age) {
        return ring[Math.floorMod(next - age, ring.length)];
    }

    private double sumOfLast(int period) {
        double sum = 0;
        int available = (int) Math.min(count, period);
        for (int age = 1; age <= available; age++) {
            sum += back(age);
        }
        return sum;
    }
}
