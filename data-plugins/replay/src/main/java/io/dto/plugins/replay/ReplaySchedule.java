package io.dto.plugins.replay;

import java.time.Instant;

/**
 * When each row is due on the wall clock at a speed factor: the first row at the start, each later one after its
 * distance in data time from the first, divided by the speed. Due times come from this fixed line rather than from
 * accumulated timer delays, so timer lateness does not add up over a long replay; time spent paused by
 * back-pressure shifts the line.
 */
final class ReplaySchedule {

    private final double speed;
    private final long startWallMillis;
    private final long firstDataMillis;
    private long pausedMillis;

    ReplaySchedule(double speed, long startWallMillis, Instant firstData) {
        this.speed = speed;
        this.startWallMillis = startWallMillis;
        this.firstDataMillis = firstData.toEpochMilli();
    }

    long dueMillis(Instant data) {
        return startWallMillis + pausedMillis + Math.round((data.toEpochMilli() - firstDataMillis) / speed);
    }

    /** The replay stood still for this long. */
    void shift(long millis) {
        pausedMillis += millis;
    }
}
