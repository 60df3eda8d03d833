package io.dto.plugins.fixsim;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OrderIDs and ExecIDs unique within a run and, through a prefix taken from the start time, across runs: a
 * counterparty that keeps its store may see a restarted venue and must not receive an ExecID twice.
 */
final class IdGenerator {

    private final String prefix;
    private final AtomicLong orders = new AtomicLong();
    private final AtomicLong executions = new AtomicLong();

    IdGenerator(Instant start) {
        this.prefix = Long.toString(start.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
    }

    String nextOrderId() {
        return "O" + prefix + "-" + orders.incrementAndGet();
    }

    String nextExecId() {
        return "E" + prefix + "-" + executions.incrementAndGet();
    }
}
