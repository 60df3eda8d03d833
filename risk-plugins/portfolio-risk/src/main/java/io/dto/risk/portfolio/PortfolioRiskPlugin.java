package io.dto.risk.portfolio;

import io.dto.api.Capabilities;
import io.dto.api.DataSubscription;
import io.dto.api.MarketDataKind;
import io.dto.api.PluginContext;
import io.dto.api.PluginInfo;
import io.dto.api.PluginType;
import io.dto.api.RiskManagementPlugin;
import io.dto.api.message.Account;
import io.dto.api.message.Bar;
import io.dto.api.message.MarketData;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.PortfolioRisk;
import io.dto.api.message.Position;
import io.dto.api.message.RiskDecision;
import io.dto.api.message.Side;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guide's risk management plugin made real. Per order: position size after the order, margin, the daily loss
 * limit counting the order's own VaR, and the order symbol's average correlation with what is held, measured from
 * the symbols' recent bar returns. Periodically: the portfolio's historical VaR against equity, the drawdown of
 * cumulative P&amp;L, and the average correlation among holdings.
 */
public final class PortfolioRiskPlugin implements RiskManagementPlugin {

    private PortfolioRiskConfig config;
    private InstantSource clock;
    private ReturnSeries returns;
    private PortfolioAnalytics analytics;
    private final List<Double> cumulativePnl = new ArrayList<>();
    private double pnl;

    @Override
    public PluginInfo info() {
        return new PluginInfo("portfolio-risk", "1.0.0", PluginType.RISK_MANAGEMENT,
                "position size, margin, daily loss, correlation, historical VaR, maximum drawdown",
                new Capabilities(config == null ? Set.of() : Set.copyOf(config.symbols()), Set.of(), Set.of(),
                        Set.of("position_size_limit", "margin", "daily_loss_limit", "correlation_limit",
                                "portfolio_var", "max_drawdown"), 0));
    }

    @Override
    public Future<Void> initialize(PluginContext context) {
        configure(PortfolioRiskConfig.from(context.config()), context.clock());
        return Future.succeededFuture();
    }

    void configure(PortfolioRiskConfig settings, InstantSource source) {
        this.config = settings;
        this.clock = source;
        this.returns = new ReturnSeries(settings.lookback());
        this.analytics = new PortfolioAnalytics(returns, settings.minObservations());
    }

    @Override
    public DataSubscription subscriptions() {
        return new DataSubscription(Set.copyOf(config.symbols()), Set.of(MarketDataKind.BARS),
                Set.of(config.barTimeframe()), Set.of());
    }

    @Override
    public void onMarketData(MarketData data) {
        if (data instanceof Bar bar && bar.timeframe().equals(config.barTimeframe())) {
            returns.onClose(bar.symbol(), bar.timestamp(), bar.close());
        }
    }

    @Override
    public RiskDecision validateOrder(OrderRequest order, List<Position> positions, Account account) {
        BigDecimal price = price(order);
        if (price == null) {
            return RiskDecision.reject("price", "no price for the " + order.type() + " order in " + order.symbol()
                    + ": no " + config.barTimeframe() + " bar has arrived");
        }
        BigDecimal notional = price.multiply(order.quantity());
        BigDecimal held = held(positions, order.symbol());
        BigDecimal after = held.add(order.side() == Side.BUY ? order.quantity() : order.quantity().negate());
        BigDecimal size = after.abs().multiply(price);
        if (size.compareTo(config.maxPositionSize()) > 0) {
            return RiskDecision.reject("position_size_limit", "position size " + money(size) + " in "
                    + order.symbol() + " after the order exceeds limit " + money(config.maxPositionSize()));
        }
        BigDecimal required = notional.multiply(config.marginRequirement());
        if (required.compareTo(account.marginAvailable()) > 0) {
            return RiskDecision.reject("margin", "insufficient margin: required " + money(required)
                    + ", available " + money(account.marginAvailable()));
        }
        boolean increases = after.abs().compareTo(held.abs()) > 0;
        if (increases) {
            RiskDecision correlation = correlation(order.symbol(), positions);
            if (!correlation.approved()) {
                return correlation;
            }
        }
        return lossLimits(order, notional, account, increases);
    }

    private RiskDecision correlation(String symbol, List<Position> positions) {
        List<String> others = positions.stream()
                .filter(p -> p.quantity().signum() != 0 && !p.symbol().equals(symbol))
                .map(Position::symbol).toList();
        double average = analytics.averageCorrelation(symbol, others);
        if (!Double.isNaN(average) && average > config.correlationLimit()) {
            return RiskDecision.reject("correlation_limit", String.format("average correlation %.2f of %s with %s "
                    + "exceeds limit %.2f", average, symbol, others, config.correlationLimit()));
        }
        return RiskDecision.approve();
    }

    private RiskDecision lossLimits(OrderRequest order, BigDecimal notional, Account account, boolean increases) {
        if (!increases) {
            return RiskDecision.approve();
        }
        double signed = order.side() == Side.BUY ? notional.doubleValue() : -notional.doubleValue();
        double orderVar = analytics.valueAtRisk(Map.of(order.symbol(), signed), config.varConfidence());
        BigDecimal atRisk = Double.isNaN(orderVar) ? BigDecimal.ZERO : BigDecimal.valueOf(orderVar);
        BigDecimal worst = account.dailyPnl().subtract(atRisk);
        if (worst.compareTo(config.maxDailyLoss().negate()) < 0) {
            return RiskDecision.reject("daily_loss_limit", "daily P&L " + money(account.dailyPnl()) + " less the "
                    + "order's " + percent(config.varConfidence()) + " VaR " + money(atRisk) + " would pass the loss "
                    + "limit " + money(config.maxDailyLoss()));
        }
        double drawdown = currentDrawdown();
        if (drawdown > config.maxDrawdown().doubleValue()) {
            return RiskDecision.reject("max_drawdown", "drawdown " + money(BigDecimal.valueOf(drawdown))
                    + " exceeds limit " + money(config.maxDrawdown()) + "; only orders that reduce a position pass");
        }
        return RiskDecision.approve();
    }

    @Override
    public PortfolioRisk checkPortfolioRisk(List<Position> positions, Account account) {
        Map<String, Double> values = new LinkedHashMap<>();
        double gross = 0;
        for (Position position : positions) {
            if (position.quantity().signum() != 0) {
                double value = position.marketValue().doubleValue();
                values.put(position.symbol(), value);
                gross += Math.abs(value);
            }
        }
        double var = analytics.valueAtRisk(values, config.varConfidence());
        double equity = account.equity().doubleValue();
        double varShare = equity > 0 ? var / equity : Double.NaN;
        double correlation = analytics.averagePairwiseCorrelation(new ArrayList<>(values.keySet()));
        double maxDrawdown = RiskMath.maxDrawdown(pnlSinceStart());
        List<String> breaches = new ArrayList<>();
        if (varShare > config.maxPortfolioRisk()) {
            breaches.add(String.format("VaR %.2f is %.2f%% of equity, limit %.2f%%", var, varShare * 100,
                    config.maxPortfolioRisk() * 100));
        }
        if (currentDrawdown() > config.maxDrawdown().doubleValue()) {
            breaches.add(String.format("drawdown %.2f exceeds limit %s", currentDrawdown(),
                    money(config.maxDrawdown())));
        }
        if (correlation > config.correlationLimit()) {
            breaches.add(String.format("average correlation %.2f among holdings exceeds limit %.2f", correlation,
                    config.correlationLimit()));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("portfolio_value", gross);
        metrics.put("var", var);
        metrics.put("var_percentage", varShare);
        metrics.put("avg_correlation", correlation);
        metrics.put("max_drawdown", maxDrawdown);
        metrics.put("current_drawdown", currentDrawdown());
        metrics.put("daily_pnl", account.dailyPnl().doubleValue());
        return new PortfolioRisk("portfolio-risk", breaches.isEmpty(), metrics, breaches, clock.instant());
    }

    @Override
    public void updateRiskMetrics(BigDecimal pnlChange) {
        pnl += pnlChange.doubleValue();
        cumulativePnl.add(pnl);
        if (cumulativePnl.size() > config.lookback()) {
            cumulativePnl.remove(0);
        }
    }

    @Override
    public Future<Void> cleanup() {
        cumulativePnl.clear();
        return Future.succeededFuture();
    }

    /** Cumulative P&amp;L as the updates built it, starting from zero. */
    private double[] pnlSinceStart() {
        double[] series = new double[cumulativePnl.size() + 1];
        for (int i = 0; i < cumulativePnl.size(); i++) {
            series[i + 1] = cumulativePnl.get(i);
        }
        return series;
    }

    private double currentDrawdown() {
        double peak = 0;
        for (double value : cumulativePnl) {
            peak = Math.max(peak, value);
        }
        return Math.max(0, peak - pnl);
    }

    private BigDecimal price(OrderRequest order) {
        if (order.price() != null) {
            return order.price();
        }
        if (order.stopPrice() != null) {
            return order.stopPrice();
        }
        double close = returns.lastClose(order.symbol());
        return Double.isNaN(close) ? null : BigDecimal.valueOf(close);
    }

    private static BigDecimal held(List<Position> positions, String symbol) {
        for (Position position : positions) {
            if (position.symbol().equals(symbol)) {
                return position.quantity();
            }
        }
        return BigDecimal.ZERO;
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
