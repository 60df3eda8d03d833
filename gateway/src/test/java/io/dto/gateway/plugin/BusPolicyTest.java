package io.dto.gateway.plugin;

import static io.dto.gateway.plugin.BusPolicy.Operation.CONSUME;
import static io.dto.gateway.plugin.BusPolicy.Operation.PUBLISH;
import static io.dto.gateway.plugin.BusPolicy.Operation.REQUEST;
import static io.dto.gateway.plugin.BusPolicy.Operation.SEND;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.Addresses;
import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BusPolicyTest {

    private static final Set<Permission> NONE = Set.of();

    @Test
    @DisplayName("submitting an order needs place_orders")
    void shouldRequirePlaceOrdersToSubmit() {
        assertThatThrownBy(() -> BusPolicy.check("s", NONE, REQUEST, Addresses.ORDER_SUBMIT))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("plugin 's' may not request from 'order.submit': its manifest does not grant 'place_orders'");
        assertThatCode(() -> BusPolicy.check("s", Set.of(Permission.PLACE_ORDERS), REQUEST, Addresses.ORDER_SUBMIT))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("no plugin may send to a broker directly, whatever it holds: orders go through the risk gate")
    void shouldRefuseDirectBrokerOrders() {
        Set<Permission> all = Set.of(Permission.values());
        assertThatThrownBy(() -> BusPolicy.check("s", all, SEND, Addresses.brokerOrders("paper")))
                .hasMessageContaining("only through 'order.submit' and the risk gate");
        assertThatThrownBy(() -> BusPolicy.check("s", all, PUBLISH, Addresses.brokerReports("paper")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    @DisplayName("market data is read with read_market_data and never written through the bus")
    void shouldGuardMarketData() {
        assertThatThrownBy(() -> BusPolicy.check("s", NONE, CONSUME, Addresses.quote("AAPL")))
                .hasMessageContaining("'read_market_data'");
        Set<Permission> reader = Set.of(Permission.READ_MARKET_DATA);
        assertThatCode(() -> BusPolicy.check("s", reader, CONSUME, Addresses.tick("AAPL")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BusPolicy.check("s", reader, PUBLISH, Addresses.tick("AAPL")))
                .hasMessageContaining("only through a data provider's sink");
    }

    @Test
    @DisplayName("order and position events and the account need read_account_info")
    void shouldRequireAccountPermission() {
        assertThatThrownBy(() -> BusPolicy.check("s", NONE, CONSUME, Addresses.POSITION_EVENTS))
                .hasMessageContaining("'read_account_info'");
        assertThatThrownBy(() -> BusPolicy.check("s", NONE, REQUEST, Addresses.ACCOUNT_QUERY))
                .hasMessageContaining("'read_account_info'");
        assertThatCode(() -> BusPolicy.check("s", Set.of(Permission.READ_ACCOUNT_INFO), CONSUME,
                Addresses.ORDER_EVENTS)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a plugin publishes only its own signals and indicator values, and free addresses")
    void shouldLimitPublishingToOwnAddresses() {
        assertThatCode(() -> BusPolicy.check("mom", NONE, PUBLISH, Addresses.indicator("mom", "AAPL")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BusPolicy.check("mom", NONE, PUBLISH, Addresses.indicator("other", "AAPL")))
                .hasMessageContaining("only its own indicator values");
        assertThatThrownBy(() -> BusPolicy.check("mom", NONE, PUBLISH, Addresses.signal("other")))
                .hasMessageContaining("only its own signals");
        assertThatThrownBy(() -> BusPolicy.check("mom", NONE, PUBLISH, Addresses.PLUGIN_LIFECYCLE))
                .hasMessageContaining("only the gateway publishes there");
        assertThatCode(() -> BusPolicy.check("mom", NONE, PUBLISH, "team.alerts")).doesNotThrowAnyException();
    }
}
