package io.dto.gateway.persistence;

import io.dto.api.message.ExecutionReport;
import java.util.List;

/** An order with the execution reports applied to it, oldest first. */
public record StoredOrder(OrderRecord record, List<ExecutionReport> executions) {

    public StoredOrder {
        executions = List.copyOf(executions);
    }
}
