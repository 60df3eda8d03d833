package io.dto.gateway.backtest;

import io.dto.api.Addresses;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a backtest: fills from {@code order.events}, prices of the configured symbols from their quotes and
 * trades, and the end of the replay from {@code md.end}. After the end it waits until the order path has been quiet
 * for {@code settle_ms} (the last signals' orders fill), then completes {@link #summary()}.
 */
public final class BacktestReportVerticle extends VerticleBase {

    private final BacktestConfig config;
    private final BacktestLedger ledger;
    private final Promise<BacktestSummary> summary = Promise.promise();
    private final Map<String, BigDecimal> filledByOrder = new HashMap<>();
    private final List<MessageConsumer<?>> consumers = new ArrayList<>();
    private boolean ended;
    private long settleTimer = -1;

    public BacktestReportVerticle(BacktestConfig config) {
        this.config = config;
        this.ledger = new BacktestLedger(config.startingEquity());
    }

    /** Completes once a replay has ended and its orders have settled. */
    public Future<BacktestSummary> summary() {
        return summary.future();
    }

    @Override
    public Future<?> start() {
        consumers.add(vertx.eventBus().<OrderEvent>consumer(Addresses.ORDER_EVENTS, m -> onOrderEvent(m.body())));
        consumers.add(vertx.eventBus().<String>consumer(Addresses.MARKET_DATA_END, m -> onEnd()));
        for (String symbol : config.symbols()) {
            consumers.add(vertx.eventBus().<MarketData>consumer(Addresses.quote(symbol), m -> onPrice(m.body())));
            consumers.add(vertx.eventBus().<MarketData>consumer(Addresses.tick(symbol), m -> onPrice(m.body())));
        }
        return Future.all(consumers.stream().map(MessageConsumer::completion).toList());
    }

    @Override
    public Future<?> stop() {
        return Future.join(consumers.stream().map(MessageConsumer::unregister).toList());
    }

    private void onPrice(MarketData data) {
        ledger.mark(data.symbol(), data.price());
    }

    private void onOrderEvent(OrderEvent event) {
        if (event.filledQuantity() != null && event.side() != null) {
            BigDecimal before = filledByOrder.getOrDefault(event.orderId(), BigDecimal.ZERO);
            BigDecimal delta = event.filledQuantity().subtract(before);
            if (delta.signum() > 0) {
                filledByOrder.put(event.orderId(), event.filledQuantity());
                BigDecimal price = event.lastPrice() != null ? event.lastPrice() : event.averagePrice();
                ledger.fill(event.symbol(), event.side(), delta, price);
            }
        }
        if (ended) {
            settleLater();
        }
    }

    private void onEnd() {
        ended = true;
        settleLater();
    }

    private void settleLater() {
        if (settleTimer >= 0) {
            vertx.cancelTimer(settleTimer);
        }
        settleTimer = vertx.setTimer(Math.max(1, config.settleMillis()), id -> summary.tryComplete(ledger.summary()));
    }
}
