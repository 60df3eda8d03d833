package io.dto.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.api.message.Account;
import io.dto.api.message.Position;
import io.dto.api.message.Quote;
import io.dto.api.message.Side;
import io.dto.gateway.config.AccountConfig;
import io.dto.gateway.market.QuoteBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AccountBook: positions, P&L, cash and margin")
class AccountBookTest {

    private final QuoteBook quotes = new QuoteBook();
    private final InstantSource clock = InstantSource.fixed(Instant.parse("2026-11-25T15:00:00Z"));
    private final AccountBook book = new AccountBook(new AccountConfig("USD", new BigDecimal("100000"),
            new BigDecimal("0.5"), ZoneId.of("America/New_York")), quotes, clock);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("buys average their price; a sell realizes P&L against the average")
    void shouldAverageBuysAndRealizeOnSell() {
        book.applyFill("A", "AAPL", Side.BUY, d("100"), d("10"));
        book.applyFill("A", "AAPL", Side.BUY, d("100"), d("12"));
        AccountBook.FillResult sell = book.applyFill("A", "AAPL", Side.SELL, d("50"), d("15"));

        assertThat(sell.realized()).isEqualByComparingTo("200");
        Position position = sell.position();
        assertThat(position.quantity()).isEqualByComparingTo("150");
        assertThat(position.averagePrice()).isEqualByComparingTo("11");
        assertThat(position.realizedPnl()).isEqualByComparingTo("200");
    }

    @Test
    @DisplayName("a sell larger than the position closes it and opens a short at the fill price")
    void shouldFlipFromLongToShort() {
        book.applyFill("A", "MSFT", Side.BUY, d("10"), d("100"));
        AccountBook.FillResult flip = book.applyFill("A", "MSFT", Side.SELL, d("25"), d("90"));

        assertThat(flip.realized()).isEqualByComparingTo("-100");
        assertThat(flip.position().quantity()).isEqualByComparingTo("-15");
        assertThat(flip.position().averagePrice()).isEqualByComparingTo("90");
    }

    @Test
    @DisplayName("a short covered below its entry realizes a gain")
    void shouldRealizeGainOnShortCover() {
        book.applyFill("A", "MSFT", Side.SELL_SHORT, d("10"), d("50"));
        AccountBook.FillResult cover = book.applyFill("A", "MSFT", Side.BUY, d("10"), d("45"));

        assertThat(cover.realized()).isEqualByComparingTo("50");
        assertThat(cover.position().quantity()).isEqualByComparingTo("0");
        assertThat(cover.position().averagePrice()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("unrealized P&L, equity, margin and buying power follow the last quote's mid")
    void shouldMarkToLastQuote() {
        book.applyFill("A", "AAPL", Side.BUY, d("100"), d("100"));
        quotes.onQuote(new Quote("AAPL", clock.instant(), 109.0, 100, 111.0, 100));

        Account account = book.snapshot("A");

        assertThat(book.positions("A").get(0).unrealizedPnl()).isEqualByComparingTo("1000");
        assertThat(account.cash()).isEqualByComparingTo("90000");
        assertThat(account.equity()).isEqualByComparingTo("101000");
        assertThat(account.marginInUse()).isEqualByComparingTo("5500");
        assertThat(account.marginAvailable()).isEqualByComparingTo("95500");
        assertThat(account.buyingPower()).isEqualByComparingTo("191000");
        assertThat(account.dailyPnl()).isEqualByComparingTo("1000");
        assertThat(book.grossValue("A")).isEqualByComparingTo("11000");
    }

    @Test
    @DisplayName("without a quote a position is marked at its last fill")
    void shouldMarkToLastFillWithoutQuote() {
        book.applyFill("A", "GOOGL", Side.BUY, d("10"), d("100"));
        book.applyFill("A", "GOOGL", Side.BUY, d("10"), d("110"));

        assertThat(book.positions("A").get(0).marketPrice()).isEqualByComparingTo("110");
        assertThat(book.dailyPnl("A")).isEqualByComparingTo("100");
    }
}
