package io.dto.gateway.plugin;

import io.dto.api.message.Account;
import io.dto.api.message.OrderRequest;
import io.dto.api.message.Position;
import java.math.BigDecimal;
import java.util.List;

/** What the gateway asks a hosted risk plugin, on the gateway-internal address {@link #address(String)}. */
public sealed interface RiskQuery {

    static String address(String pluginId) {
        return "gateway.risk." + pluginId;
    }

    /** Registers the in-JVM codecs of the queries; call once per Vert.x instance before the first query. */
    static void registerCodecs(io.vertx.core.eventbus.EventBus bus) {
        LocalRecordCodec.registerRiskQueries(bus);
    }

    /** Answered with a {@code RiskDecision}. */
    record ValidateOrder(OrderRequest order, List<Position> positions, Account account) implements RiskQuery {
    }

    /** Answered with a {@code PortfolioRisk}. */
    record CheckPortfolio(List<Position> positions, Account account) implements RiskQuery {
    }

    /** Answered with nothing. */
    record PnlChange(BigDecimal change) implements RiskQuery {
    }
}
