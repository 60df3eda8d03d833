package io.dto.gateway.persistence;

import io.dto.api.message.ExecutionReport;
import io.dto.api.message.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows that change together and are committed in one transaction: a fill is its order, its execution, its
 * position and its account, or none of them.
 */
public final class ChangeSet {

    private final List<OrderRecord> orders = new ArrayList<>(2);
    private final List<ExecutionReport> executions = new ArrayList<>(1);
    private final List<Position> positions = new ArrayList<>(1);
    private final List<AccountRecord> accounts = new ArrayList<>(1);
    private final List<KillSwitchRecord> killSwitches = new ArrayList<>(0);

    public ChangeSet order(OrderRecord order) {
        orders.add(order);
        return this;
    }

    public ChangeSet execution(ExecutionReport report) {
        executions.add(report);
        return this;
    }

    public ChangeSet position(Position position) {
        positions.add(position);
        return this;
    }

    public ChangeSet account(AccountRecord account) {
        accounts.add(account);
        return this;
    }

    public ChangeSet killSwitch(KillSwitchRecord killSwitch) {
        killSwitches.add(killSwitch);
        return this;
    }

    List<OrderRecord> orders() {
        return orders;
    }

    List<ExecutionReport> executions() {
        return executions;
    }

    List<Position> positions() {
        return positions;
    }

    List<AccountRecord> accounts() {
        return accounts;
    }

    List<KillSwitchRecord> killSwitches() {
        return killSwitches;
    }
}
