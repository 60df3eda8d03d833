package io.dto.gateway.persistence;

import io.dto.api.message.Position;
import java.util.List;
import java.util.Map;

/**
 * What a gateway starts from.
 *
 * @param run this start's number, one more than any before: the ClOrdID prefix, so ids never repeat
 * @param openOrders orders not in a terminal state, with their executions
 * @param clientOrderIds idempotency keys of recent orders to their ClOrdIDs
 */
public record RecoveredState(long run, List<StoredOrder> openOrders, Map<String, String> clientOrderIds,
        List<Position> positions, List<AccountRecord> accounts, List<KillSwitchRecord> killSwitches) {
}
