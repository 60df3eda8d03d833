package io.dto.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MeteredVertxTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger micrometer = (Logger) LoggerFactory.getLogger(MeterRegistry.class);
    private Vertx vertx;

    @BeforeEach
    void start() {
        micrometer.setLevel(Level.DEBUG);
        micrometer.addAppender(log);
        log.start();
        vertx = MeteredVertx.create(registry);
    }

    @AfterEach
    void stop() throws Exception {
        micrometer.detachAppender(log);
        micrometer.setLevel(null);
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("consumers, connections and requests register no meter twice (vertx-micrometer-metrics#259)")
    void shouldRegisterNoMeterTwice() throws Exception {
        VertxTestContext test = new VertxTestContext();
        EventBus bus = vertx.eventBus();
        List<MessageConsumer<Object>> consumers = List.of(bus.consumer("order.events", m -> { }),
                bus.consumer("order.events", m -> { }), bus.consumer("md.tick.AAPL", m -> { }));
        WebClient client = WebClient.create(vertx);
        Future.all(consumers.stream().map(MessageConsumer::completion).toList())
                .compose(v -> vertx.createHttpServer().requestHandler(r -> r.response().end("ok")).listen(0))
                .compose(server -> client.get(server.actualPort(), "127.0.0.1", "/").send()
                        .compose(first -> client.get(server.actualPort(), "127.0.0.1", "/").send()))
                .onComplete(test.succeedingThenComplete());
        assertThat(test.awaitCompletion(10, TimeUnit.SECONDS)).isTrue();

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("already registered"));
        assertThat(registry.get("vertx.eventbus.handlers").tag("address", "order.events").gauge().value())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("event-bus traffic is counted per address family, and reply addresses are not measured")
    void shouldMeasureBusByAddressFamily() throws Exception {
        VertxTestContext test = new VertxTestContext();
        EventBus bus = vertx.eventBus();
        MessageConsumer<String> echo = bus.consumer("utility.echo", m -> m.reply(m.body()));
        MessageConsumer<Object> ticks = bus.consumer("md.tick.AAPL", m -> { });
        Future.all(echo.completion(), ticks.completion())
                .compose(v -> {
                    bus.publish("md.tick.AAPL", "t1");
                    bus.publish("md.tick.MSFT", "t2");
                    return bus.request("utility.echo", "ping");
                })
                .onComplete(test.succeedingThenComplete());
        assertThat(test.awaitCompletion(10, TimeUnit.SECONDS)).isTrue();

        assertThat(registry.get("vertx.eventbus.published").tags("address", "md.tick", "side", "local").counter()
                .count()).isEqualTo(2);
        assertThat(registry.get("vertx.eventbus.sent").tags("address", "utility.echo").counter().count())
                .isEqualTo(1);
        assertThat(registry.getMeters()).noneMatch(m -> String.valueOf(m.getId().getTag("address"))
                .startsWith("__vertx"));
    }
}
