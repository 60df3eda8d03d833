package io.dto.gateway.order;

import static io.dto.api.message.OrderStatus.CANCELED;
import static io.dto.api.message.OrderStatus.EXPIRED;
import static io.dto.api.message.OrderStatus.FILLED;
import static io.dto.api.message.OrderStatus.NEW;
import static io.dto.api.message.OrderStatus.PARTIALLY_FILLED;
import static io.dto.api.message.OrderStatus.PENDING_CANCEL;
import static io.dto.api.message.OrderStatus.PENDING_NEW;
import static io.dto.api.message.OrderStatus.PENDING_REPLACE;
import static io.dto.api.message.OrderStatus.REJECTED;
import static io.dto.api.message.OrderStatus.REPLACED;
import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.OrderStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("OrderStateMachine: FIX order status transitions")
class OrderStateMachineTest {

    /** The table the state machine must implement, written out independently of it. */
    private static final Map<OrderStatus, Set<OrderStatus>> EXPECTED = Map.of(
            PENDING_NEW, EnumSet.of(NEW, PARTIALLY_FILLED, FILLED, REJECTED, CANCELED, EXPIRED, PENDING_CANCEL),
            NEW, EnumSet.of(NEW, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED, EXPIRED,
                    REPLACED),
            PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED,
                    EXPIRED, REPLACED),
            PENDING_CANCEL, EnumSet.of(CANCELED, NEW, PARTIALLY_FILLED, FILLED, EXPIRED, PENDING_CANCEL),
            PENDING_REPLACE, EnumSet.of(REPLACED, NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, PENDING_REPLACE),
            FILLED, EnumSet.noneOf(OrderStatus.class),
            CANCELED, EnumSet.noneOf(OrderStatus.class),
            REPLACED, EnumSet.noneOf(OrderStatus.class),
            REJECTED, EnumSet.noneOf(OrderStatus.class),
            EXPIRED, EnumSet.noneOf(OrderStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                pairs.add(Arguments.of(from, to, EXPECTED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    @DisplayName("allows exactly the FIX transitions and refuses every other")
    void shouldAllowOnlyFixTransitions(OrderStatus from, OrderStatus to, boolean allowed) {
        assertThat(OrderStateMachine.allows(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} is terminal")
    @MethodSource("terminalStatuses")
    @DisplayName("a terminal order takes no further change")
    void shouldRefuseEveryChangeOfTerminalOrder(OrderStatus terminal) {
        assertThat(terminal.isTerminal()).isTrue();
        for (OrderStatus to : OrderStatus.values()) {
            assertThat(OrderStateMachine.allows(terminal, to)).as(terminal + " -> " + to).isFalse();
        }
    }

    static Stream<OrderStatus> terminalStatuses() {
        return Stream.of(FILLED, CANCELED, REPLACED, REJECTED, EXPIRED);
    }
}
