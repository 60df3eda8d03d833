package io.dto.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressFamilyTest {

    @Test
    @DisplayName("market data and indicator addresses lose their symbol; configured names stay")
    void shouldDropSymbols() {
        assertThat(AddressFamily.of(Addresses.tick("AAPL"))).isEqualTo("md.tick");
        assertThat(AddressFamily.of(Addresses.bar("AAPL", "1m"))).isEqualTo("md.bar");
        assertThat(AddressFamily.of(Addresses.indicator("vwap", "AAPL"))).isEqualTo("indicator.vwap");
        assertThat(AddressFamily.of(Addresses.brokerOrders("paper"))).isEqualTo("broker.paper.orders");
        assertThat(AddressFamily.of(Addresses.ORDER_EVENTS)).isEqualTo("order.events");
    }
}
