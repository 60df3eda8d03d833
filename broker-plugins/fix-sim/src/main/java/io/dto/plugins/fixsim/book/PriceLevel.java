package io.dto.plugins.fixsim.book;

import java.math.BigDecimal;

/** One price level of a book side: its price, the quantity resting there and how many orders make it up. */
public record PriceLevel(BigDecimal price, long quantity, int orders) {
}
