package io.dto.samples;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Bytecode the scanner must accept: collections, JSON, BigDecimal, lambdas and string concatenation. */
public final class PoliteCode {

    public String describe(List<BigDecimal> prices) {
        return "prices " + prices.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","))
                + new JsonObject().put("n", prices.size()).encode();
    }
}
