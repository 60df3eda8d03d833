package io.dto.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dto.api.Addresses;
import io.dto.api.Permission;
import io.dto.api.PermissionDeniedException;
import io.dto.api.PluginBus;
import io.dto.testkit.fixtures.ThresholdStrategy;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RecordingBus and permissions")
class RecordingBusTest {

    /** The threshold fixture requires read_market_data; access_external_apis and read_account_info are optional. */
    private PluginHarness<ThresholdStrategy> harness(Permission... optional) {
        return PluginHarness.builder(new ThresholdStrategy()).grantOptional(optional).build().start();
    }

    @Test
    @DisplayName("records publish, send and request per address, in order")
    void shouldRecordEverythingThePluginSends() {
        RecordingBus bus = harness().bus();
        bus.respondTo("utility.calc", request -> "echo:" + request);

        bus.publish("signal.threshold", "s1");
        bus.send("utility.calc", "one-way");
        Future<String> reply = bus.request("utility.calc", "question");
        bus.publish("signal.threshold", "s2");

        assertThat(bus.published("signal.threshold")).containsExactly("s1", "s2");
        assertThat(bus.sent("utility.calc")).containsExactly("one-way");
        assertThat(bus.requested("utility.calc")).containsExactly("question");
        assertThat(reply.result()).isEqualTo("echo:question");
        assertThat(bus.messages()).extracting(BusMessage::kind).containsExactly(BusMessage.Kind.PUBLISH,
                BusMessage.Kind.SEND, BusMessage.Kind.REQUEST, BusMessage.Kind.PUBLISH);
    }

    @Test
    @DisplayName("fails a request nobody answers, saying how to answer it")
    void shouldFailUnansweredRequest() {
        Future<Object> reply = harness().bus().request("utility.calc", "question");

        assertThat(reply.failed()).isTrue();
        assertThat(reply.cause()).hasMessageContaining("bus().respondTo(\"utility.calc\"");
    }

    @Test
    @DisplayName("delivers messages to the plugin's consumers until the subscription is canceled")
    void shouldDeliverToConsumersUntilCanceled() {
        RecordingBus bus = harness().bus();
        List<Object> received = new ArrayList<>();
        PluginBus.Subscription subscription = bus.consumer(Addresses.quote("AAPL"), received::add).result();

        assertThat(bus.hasConsumer(Addresses.quote("AAPL"))).isTrue();
        assertThat(bus.deliver(Addresses.quote("AAPL"), "q1")).isEqualTo(1);
        bus.publish(Addresses.quote("AAPL"), "own publish");
        subscription.cancel();
        assertThat(bus.deliver(Addresses.quote("AAPL"), "q2")).isZero();

        assertThat(received).containsExactly("q1", "own publish");
        assertThat(bus.consumerAddresses()).isEmpty();
    }

    @Test
    @DisplayName("lets a plugin with read_market_data consume market data and indicators")
    void shouldAllowMarketDataWithReadMarketData() {
        RecordingBus bus = harness().bus();

        bus.consumer(Addresses.tick("AAPL"), m -> { });
        bus.consumer(Addresses.indicator("vwap", "AAPL"), m -> { });

        assertThat(bus.consumerAddresses()).containsExactly("md.tick.AAPL", "indicator.vwap.AAPL");
    }

    @Test
    @DisplayName("denies sending orders without place_orders, to order.* and to a broker's order address")
    void shouldDenyOrdersWithoutPlaceOrders() {
        RecordingBus bus = harness().bus();

        assertThatThrownBy(() -> bus.request(Addresses.ORDER_SUBMIT, "order"))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("plugin 'threshold' may not send a request to 'order.submit': its manifest does not "
                        + "grant 'place_orders'");
        assertThatThrownBy(() -> bus.send(Addresses.ORDER_CANCEL, "cancel"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> bus.send(Addresses.brokerOrders("paper"), "order"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(bus.messages()).isEmpty();
    }

    @Test
    @DisplayName("denies account information without read_account_info, and allows it once granted")
    void shouldGuardAccountInformation() {
        RecordingBus denied = harness().bus();
        assertThatThrownBy(() -> denied.consumer(Addresses.POSITION_EVENTS, m -> { }))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("read_account_info");
        assertThatThrownBy(() -> denied.consumer(Addresses.ORDER_EVENTS, m -> { }))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> denied.request(Addresses.ACCOUNT_QUERY, ""))
                .isInstanceOf(PermissionDeniedException.class);

        RecordingBus granted = harness(Permission.READ_ACCOUNT_INFO).bus();
        granted.consumer(Addresses.POSITION_EVENTS, m -> { });
        assertThat(granted.hasConsumer(Addresses.POSITION_EVENTS)).isTrue();
    }

    @Test
    @DisplayName("denies market data to a plugin whose manifest lacks read_market_data")
    void shouldDenyMarketDataWithoutReadMarketData() {
        PluginHarness<io.dto.testkit.fixtures.CountingFeed> feed = PluginHarness
                .builder(new io.dto.testkit.fixtures.CountingFeed())
                .manifestResource("manifests/counting-feed.json")
                .build();

        assertThatThrownBy(() -> feed.bus().consumer(Addresses.quote("AAPL"), m -> { }))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("plugin 'counting-feed' may not consume 'md.quote.AAPL': its manifest does not grant "
                        + "'read_market_data'");
    }

    @Test
    @DisplayName("grants only optional permissions that the manifest lists")
    void shouldGrantOnlyListedOptionalPermissions() {
        assertThatThrownBy(() -> PluginHarness.builder(new ThresholdStrategy())
                .grantOptional(Permission.PLACE_ORDERS).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not list it under permissions.optional");
    }

    @Test
    @DisplayName("denies vertx() without access_external_apis, and creates one lazily with it")
    void shouldGuardVertx() {
        PluginHarness<ThresholdStrategy> denied = harness();
        assertThatThrownBy(() -> denied.context().vertx())
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("access_external_apis");

        try (PluginHarness<ThresholdStrategy> granted = harness(Permission.ACCESS_EXTERNAL_APIS)) {
            Vertx vertx = granted.context().vertx();
            assertThat(granted.context().vertx()).isSameAs(vertx);
            String answer = granted.await(vertx.executeBlocking(() -> "from vert.x"), "executeBlocking");
            assertThat(answer).isEqualTo("from vert.x");
        }
    }
}
