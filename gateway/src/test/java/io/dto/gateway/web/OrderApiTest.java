package io.dto.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.Addresses;
import io.dto.api.message.ExecType;
import io.dto.api.message.ExecutionReport;
import io.dto.api.message.OrderEvent;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.OrderStatus;
import io.dto.api.message.Quote;
import io.dto.gateway.Gateway;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.testing.GatewayFixture;
import io.dto.gateway.testing.TestBroker;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("Order API: the order path end to end in one gateway, with a broker on the bus")
class OrderApiTest {

    private static final String LIMIT_BUY = "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":10,\"type\":\"LIMIT\","
            + "\"price\":100}";

    @TempDir
    Path dir;
    private Gateway gateway;
    private WebClient client;
    private TestBroker broker;
    private final Map<String, List<Promise<OrderEvent>>> waiting = new ConcurrentHashMap<>();
    private final Map<String, OrderEvent> seen = new ConcurrentHashMap<>();
    /** A second Vert.x for a restarted gateway (a gateway registers its codecs once per Vert.x instance). */
    private Vertx restartedOn;

    @BeforeEach
    void start(Vertx vertx, VertxTestContext test) throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        broker = new TestBroker("test", new BigDecimal("100"), true);
        vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> {
            String key = m.body().orderId() + "/" + m.body().status();
            seen.putIfAbsent(key, m.body());
            List<Promise<OrderEvent>> promises = waiting.remove(key);
            if (promises != null) {
                promises.forEach(p -> p.tryComplete(m.body()));
            }
        });
        Gateway.start(vertx, GatewayConfig.from(GatewayFixture.config(dir)),
                        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .onSuccess(g -> gateway = g)
                .compose(g -> vertx.deployVerticle(broker))
                .onSuccess(id -> {
                    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gateway.httpPort()));
                    vertx.eventBus().publish(Addresses.quote("AAPL"),
                            new Quote("AAPL", Instant.now(), 99.9, 100, 100.1, 100));
                })
                .onComplete(test.succeedingThenComplete());
    }

    @AfterEach
    void stop(VertxTestContext test) {
        gateway.stop()
                .eventually(() -> restartedOn == null ? Future.succeededFuture() : restartedOn.close())
                .onComplete(test.succeedingThenComplete());
    }

    /** The first event of the order in that status, whether it was published already or is still to come. */
    private Future<OrderEvent> event(String orderId, OrderStatus status) {
        String key = orderId + "/" + status;
        Promise<OrderEvent> promise = Promise.promise();
        waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(promise);
        OrderEvent already = seen.get(key);
        if (already != null) {
            promise.tryComplete(already);
        }
        return promise.future();
    }

    private Future<HttpResponse<Buffer>> call(HttpMethod method, String path, String body, boolean token) {
        var request = client.request(method, path);
        if (token) {
            request.bearerTokenAuthentication(GatewayFixture.TOKEN);
        }
        return body == null ? request.send() : request.putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(body));
    }

    private Future<HttpResponse<Buffer>> post(String body) {
        return call(HttpMethod.POST, "/api/orders", body, true);
    }

    @Test
    @DisplayName("an order is acknowledged, filled, and shows in orders, positions and the account")
    void shouldFillOrderAndUpdatePositionAndAccount(Vertx vertx, VertxTestContext test) {
        post(LIMIT_BUY).compose(created -> {
            test.verify(() -> {
                assertThat(created.statusCode()).isEqualTo(201);
                assertThat(created.bodyAsJsonObject().getString("status")).isEqualTo("PENDING_NEW");
            });
            String id = created.bodyAsJsonObject().getString("id");
            return event(id, OrderStatus.FILLED).compose(filled -> call(HttpMethod.GET, "/api/orders/" + id, null,
                    false));
        }).compose(order -> {
            test.verify(() -> {
                JsonObject body = order.bodyAsJsonObject();
                assertThat(body.getString("status")).isEqualTo("FILLED");
                assertThat(body.getJsonArray("executions")).hasSize(2);
            });
            return call(HttpMethod.GET, "/api/positions", null, false);
        }).compose(positions -> {
            test.verify(() -> {
                JsonObject position = positions.bodyAsJsonObject().getJsonArray("positions").getJsonObject(0);
                assertThat(position.getString("symbol")).isEqualTo("AAPL");
                assertThat(new BigDecimal(position.getValue("quantity").toString())).isEqualByComparingTo("10");
                assertThat(new BigDecimal(position.getValue("averagePrice").toString())).isEqualByComparingTo("100");
            });
            return call(HttpMethod.GET, "/api/account", null, false);
        }).onComplete(test.succeeding(account -> test.verify(() -> {
            JsonObject body = account.bodyAsJsonObject();
            assertThat(body.getString("id")).isEqualTo("T1");
            assertThat(new BigDecimal(body.getValue("cash").toString())).isEqualByComparingTo("999000");
            assertThat(new BigDecimal(body.getValue("marginInUse").toString())).isEqualByComparingTo("500");
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("a retried submit with the same clientOrderId returns the first order, not a second one")
    void shouldReturnSameOrderForRetriedClientOrderId(VertxTestContext test) {
        String body = LIMIT_BUY.replace("}", ",\"clientOrderId\":\"retry-1\"}");
        // A submit is answered once the order is accepted, before the broker has it; a later order of the same
        // session reaches the broker after anything the retry could have sent, so its fill is the barrier.
        String barrier = LIMIT_BUY.replace("\"quantity\":10", "\"quantity\":7")
                .replace("}", ",\"clientOrderId\":\"barrier-1\"}");
        post(body).compose(first -> post(body).map(second -> List.of(first, second)))
                .compose(answers -> post(barrier)
                        .compose(b -> event(b.bodyAsJsonObject().getString("id"), OrderStatus.FILLED))
                        .map(filled -> answers))
                .onComplete(test.succeeding(answers -> test.verify(() -> {
                    String id = answers.get(0).bodyAsJsonObject().getString("id");
                    assertThat(answers.get(1).bodyAsJsonObject().getString("id")).isEqualTo(id);
                    assertThat(broker.received()).extracting(request -> ((OrderRequest) request).clientOrderId())
                            .containsExactly("retry-1", "barrier-1");
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("a risk rejection answers 422 with the order, its status and the rule with its figures")
    void shouldRejectOrderAboveNotionalLimitWithReason(VertxTestContext test) {
        post(LIMIT_BUY.replace("\"quantity\":10", "\"quantity\":2000")).onComplete(test.succeeding(r -> test.verify(() -> {
            assertThat(r.statusCode()).isEqualTo(422);
            JsonObject body = r.bodyAsJsonObject();
            assertThat(body.getString("id")).startsWith("O-");
            assertThat(body.getString("status")).isEqualTo("REJECTED");
            assertThat(body.getString("reason")).isEqualTo("max_notional: notional 200000.00 exceeds limit 100000.00");
            assertThat(broker.received()).isEmpty();
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("bad input gets a clear 400 and creates no order")
    void shouldRefuseBadInputWithoutCreatingOrders(VertxTestContext test) {
        Map<String, String> bad = Map.of(
                "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":-5,\"type\":\"MARKET\"}", "quantity must be positive",
                "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":0,\"type\":\"MARKET\"}", "quantity must be positive",
                LIMIT_BUY.replace("\"price\":100", "\"price\":\"NaN\""), "price has an invalid value",
                LIMIT_BUY.replace("\"price\":100", "\"price\":-1"), "price must be positive",
                LIMIT_BUY.replace("AAPL", "ZZZZ"), "unknown symbol 'ZZZZ'",
                LIMIT_BUY.replace("}", ",\"broker\":\"nowhere\"}"), "unknown broker 'nowhere'",
                LIMIT_BUY.replace(",\"price\":100", ""), "LIMIT order needs a price",
                "this is not json", "not valid JSON",
                LIMIT_BUY.replace("\"quantity\":10", "\"quantity\":true"), "quantity must be a number");
        List<Future<HttpResponse<Buffer>>> answers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        bad.forEach((body, message) -> {
            answers.add(post(body));
            expected.add(message);
        });
        Future.all(answers).compose(all -> call(HttpMethod.GET, "/api/orders", null, false))
                .onComplete(test.succeeding(list -> test.verify(() -> {
                    for (int i = 0; i < answers.size(); i++) {
                        HttpResponse<Buffer> answer = answers.get(i).result();
                        assertThat(answer.statusCode()).as(expected.get(i)).isEqualTo(400);
                        assertThat(answer.bodyAsJsonObject().getString("error")).contains(expected.get(i));
                    }
                    assertThat(list.bodyAsJsonObject().getJsonArray("orders")).isEmpty();
                    assertThat(broker.received()).isEmpty();
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("mutating routes answer 401 without the API token")
    void shouldRequireTokenForMutatingRoutes(VertxTestContext test) {
        Future.all(List.of(call(HttpMethod.POST, "/api/orders", LIMIT_BUY, false),
                        call(HttpMethod.DELETE, "/api/orders/O-1-000001", null, false),
                        call(HttpMethod.PUT, "/api/orders/O-1-000001", "{\"quantity\":5}", false),
                        call(HttpMethod.POST, "/api/risk/kill-switch", "{\"enabled\":true}", false)))
                .onComplete(test.succeeding(all -> test.verify(() -> {
                    for (int i = 0; i < 4; i++) {
                        assertThat(all.<HttpResponse<Buffer>>resultAt(i).statusCode()).isEqualTo(401);
                    }
                    assertThat(broker.received()).isEmpty();
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("cancel: 202 and PENDING_CANCEL, then CANCELED; unknown order 404; filled order 409")
    void shouldCancelOpenOrderAndRefuseOthers(VertxTestContext test) {
        broker.fillOnArrival(false);
        post(LIMIT_BUY).compose(created -> {
            String id = created.bodyAsJsonObject().getString("id");
            return event(id, OrderStatus.NEW)
                    .compose(e -> call(HttpMethod.DELETE, "/api/orders/" + id, null, true))
                    .compose(pending -> {
                        test.verify(() -> {
                            assertThat(pending.statusCode()).isEqualTo(202);
                            assertThat(pending.bodyAsJsonObject().getString("status")).isEqualTo("PENDING_CANCEL");
                        });
                        return event(id, OrderStatus.CANCELED);
                    });
        }).compose(canceled -> call(HttpMethod.DELETE, "/api/orders/O-9-999999", null, true))
                .compose(unknown -> {
                    test.verify(() -> assertThat(unknown.statusCode()).isEqualTo(404));
                    broker.fillOnArrival(true);
                    return post(LIMIT_BUY.replace("\"quantity\":10", "\"quantity\":11"));
                })
                .compose(created -> {
                    String id = created.bodyAsJsonObject().getString("id");
                    return event(id, OrderStatus.FILLED).compose(f -> Future.all(
                            call(HttpMethod.PUT, "/api/orders/" + id, "{\"quantity\":20}", true),
                            call(HttpMethod.DELETE, "/api/orders/" + id, null, true)));
                })
                .onComplete(test.succeeding(refused -> test.verify(() -> {
                    HttpResponse<Buffer> replace = refused.resultAt(0);
                    HttpResponse<Buffer> cancel = refused.resultAt(1);
                    assertThat(replace.statusCode()).isEqualTo(409);
                    assertThat(replace.bodyAsJsonObject().getString("error")).endsWith("is FILLED and cannot be replaced");
                    assertThat(cancel.statusCode()).isEqualTo(409);
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("replace: a new order under a new ClOrdID; the original ends REPLACED")
    void shouldReplaceOpenOrder(VertxTestContext test) {
        broker.fillOnArrival(false);
        post(LIMIT_BUY).compose(created -> {
            String id = created.bodyAsJsonObject().getString("id");
            return event(id, OrderStatus.NEW)
                    .compose(e -> call(HttpMethod.PUT, "/api/orders/" + id, "{\"quantity\":20,\"price\":100.05}", true))
                    .compose(replaced -> {
                        JsonObject body = replaced.bodyAsJsonObject();
                        test.verify(() -> {
                            assertThat(replaced.statusCode()).isEqualTo(202);
                            assertThat(body.getString("replaces")).isEqualTo(id);
                            assertThat(body.getString("id")).isNotEqualTo(id);
                        });
                        return Future.all(event(id, OrderStatus.REPLACED), event(body.getString("id"), OrderStatus.NEW));
                    });
        }).onComplete(test.succeeding(events -> test.verify(() -> {
            OrderEvent successor = events.resultAt(1);
            assertThat(successor.quantity()).isEqualByComparingTo("20");
            assertThat(successor.price()).isEqualByComparingTo("100.05");
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("kill switch: cancels open orders, blocks new ones with its reason, and lifts when turned off")
    void shouldCancelAndBlockUnderKillSwitch(VertxTestContext test) {
        broker.fillOnArrival(false);
        post(LIMIT_BUY).compose(created -> {
            String id = created.bodyAsJsonObject().getString("id");
            return event(id, OrderStatus.NEW)
                    .compose(e -> call(HttpMethod.POST, "/api/risk/kill-switch", "{\"enabled\":true}", true))
                    .compose(on -> {
                        test.verify(() -> assertThat(on.bodyAsJsonObject().getInteger("canceledOrders")).isEqualTo(1));
                        return event(id, OrderStatus.CANCELED);
                    });
        }).compose(canceled -> post(LIMIT_BUY.replace("\"quantity\":10", "\"quantity\":12")))
                .compose(blocked -> {
                    test.verify(() -> {
                        assertThat(blocked.statusCode()).isEqualTo(422);
                        assertThat(blocked.bodyAsJsonObject().getString("reason")).startsWith("kill_switch: kill switch "
                                + "is on for all since");
                    });
                    return call(HttpMethod.GET, "/api/risk", null, false);
                })
                .compose(risk -> {
                    test.verify(() -> {
                        JsonObject body = risk.bodyAsJsonObject();
                        assertThat(body.getJsonObject("killSwitch").getJsonObject("active").containsKey("all")).isTrue();
                        assertThat(body.getJsonObject("brokers").getJsonObject("test").getJsonObject("circuitBreaker")
                                .getString("state")).isEqualTo("CLOSED");
                        assertThat(body.getJsonObject("limits").getValue("max_notional")).isNotNull();
                    });
                    return call(HttpMethod.POST, "/api/risk/kill-switch", "{\"enabled\":false,\"scope\":\"all\"}", true);
                })
                .compose(off -> post(LIMIT_BUY.replace("\"quantity\":10", "\"quantity\":13")))
                .onComplete(test.succeeding(accepted -> test.verify(() -> {
                    assertThat(accepted.statusCode()).isEqualTo(201);
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("a repeated ExecID is applied once, and a report that breaks the state machine is refused")
    void shouldApplyDuplicateReportOnceAndRefuseIllegalTransition(Vertx vertx, VertxTestContext test) {
        broker.fillOnArrival(false);
        post(LIMIT_BUY).compose(created -> {
            String id = created.bodyAsJsonObject().getString("id");
            OrderRequest order = new OrderRequest(id, null, "T1", null, "test", "AAPL",
                    io.dto.api.message.Side.BUY, io.dto.api.message.OrderType.LIMIT, BigDecimal.TEN,
                    new BigDecimal("100"), null, null);
            return event(id, OrderStatus.NEW).compose(e -> {
                ExecutionReport fill = broker.report(id, null, ExecType.TRADE, OrderStatus.PARTIALLY_FILLED, order,
                        new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("6"));
                Future<OrderEvent> filled = event(id, OrderStatus.PARTIALLY_FILLED);
                broker.publish(fill);
                broker.publish(fill);
                broker.publish(broker.report(id, null, ExecType.NEW, OrderStatus.PENDING_NEW, order, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.TEN));
                return filled;
            }).compose(f -> call(HttpMethod.POST, "/api/orders", LIMIT_BUY.replace("\"quantity\":10",
                    "\"quantity\":1"), true)).compose(marker -> event(marker.bodyAsJsonObject().getString("id"),
                    OrderStatus.NEW))
                    .compose(x -> Future.all(call(HttpMethod.GET, "/api/orders/" + id, null, false),
                            call(HttpMethod.GET, "/api/positions", null, false)));
        }).onComplete(test.succeeding(all -> test.verify(() -> {
            JsonObject order = all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonObject();
            JsonObject position = all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonObject().getJsonArray("positions")
                    .getJsonObject(0);
            assertThat(order.getString("status")).isEqualTo("PARTIALLY_FILLED");
            assertThat(order.getJsonArray("executions")).hasSize(2);
            assertThat(new BigDecimal(order.getValue("filledQuantity").toString())).isEqualByComparingTo("4");
            assertThat(new BigDecimal(position.getValue("quantity").toString())).isEqualByComparingTo("4");
            test.completeNow();
        })));
    }

    @Test
    @DisplayName("after a restart the kill switch is still on and open orders are still open, with the same ids")
    void shouldKeepKillSwitchAndOpenOrdersAcrossRestart(Vertx vertx, VertxTestContext test) {
        broker.fillOnArrival(false);
        String[] id = new String[1];
        post(LIMIT_BUY).compose(created -> {
            id[0] = created.bodyAsJsonObject().getString("id");
            return event(id[0], OrderStatus.NEW);
        }).compose(e -> call(HttpMethod.POST, "/api/risk/kill-switch", "{\"enabled\":true,\"scope\":\"strategy:s1\"}",
                true))
                .compose(on -> gateway.stop())
                .compose(v -> Gateway.start(restartedOn = Vertx.vertx(), GatewayConfig.from(GatewayFixture.config(dir)),
                        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)))
                .compose(restarted -> {
                    gateway = restarted;
                    client = WebClient.create(restartedOn, new WebClientOptions().setDefaultHost("127.0.0.1")
                            .setDefaultPort(restarted.httpPort()));
                    return Future.all(call(HttpMethod.GET, "/api/risk", null, false),
                            call(HttpMethod.GET, "/api/orders/" + id[0], null, false),
                            post(LIMIT_BUY.replace("}", ",\"strategyId\":\"s1\"}")));
                })
                .onComplete(test.succeeding(all -> test.verify(() -> {
                    JsonObject risk = all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonObject();
                    JsonObject order = all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonObject();
                    HttpResponse<Buffer> blocked = all.resultAt(2);
                    assertThat(risk.getJsonObject("killSwitch").getJsonObject("active").containsKey("strategy:s1"))
                            .isTrue();
                    assertThat(order.getString("status")).isEqualTo("NEW");
                    assertThat(blocked.statusCode()).isEqualTo(422);
                    assertThat(blocked.bodyAsJsonObject().getString("id")).isEqualTo("O-2-000001");
                    test.completeNow();
                })));
    }

    @Test
    @DisplayName("a broker timeout leaves the order pending with the reason, and a status request brings its state")
    void shouldKeepTimedOutOrderPendingUntilBrokerReports(VertxTestContext test) {
        broker.silentOnNewOrders(true);
        post(LIMIT_BUY).compose(created -> {
            String id = created.bodyAsJsonObject().getString("id");
            return event(id, OrderStatus.NEW).map(id);
        }).compose(id -> call(HttpMethod.GET, "/api/orders/" + id, null, false))
                .onComplete(test.succeeding(order -> test.verify(() -> {
                    JsonObject body = order.bodyAsJsonObject();
                    assertThat(body.getString("status")).isEqualTo("NEW");
                    assertThat(body.getString("reason")).as("the timeout note is gone once the state is known").isNull();
                    assertThat(broker.received()).hasSize(2).last().isEqualTo(body.getString("id"));
                    assertThat(body.getJsonArray("executions").getJsonObject(0).getString("execType"))
                            .isEqualTo("ORDER_STATUS");
                    test.completeNow();
                })));
    }
}
