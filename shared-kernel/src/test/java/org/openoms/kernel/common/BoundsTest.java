package org.openoms.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoms.kernel.messaging.SearchMessages;
import org.openoms.kernel.order.query.FindOrders;
import org.openoms.kernel.order.query.SearchOrders;
import org.openoms.kernel.stock.AdjustStock;
import org.openoms.kernel.stock.ReceiveStock;
import org.openoms.kernel.stock.StockItemId;

class BoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000", "Ada\u001b[31m", "Ada\nLovelace", "Ada\u007f", "Ada\u0085", "\tAda"})
    void singleLineTextRefusesControlCharacters(String name) {
        assertThatThrownBy(() -> new Customer(name, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must not contain control");
    }

    @Test
    void freeTextKeepsTabsAndLineBreaksButNoOtherControl() {
        assertThat(Require.freeText("line one\r\n\tline two", "body", 100)).isEqualTo("line one\r\n\tline two");
        assertThatThrownBy(() -> Require.freeText("bell\u0007", "body", 100)).hasMessageContaining("body must not");
    }

    @Test
    void textLongerThanItsMaximumIsRefused() {
        assertThatThrownBy(() -> new Sku("S".repeat(65))).hasMessageContaining("sku must be at most 64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1000000000000.01", "1e-999999999", "0.00001"})
    void moneyRefusesAmountsOutOfBoundsOrTooFine(String amount) {
        assertThatThrownBy(() -> Money.of(amount, "GBP")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void moneyKeepsFourDecimalsAndATrillion() {
        assertThat(Money.of("0.0001", "GBP").amount()).isEqualByComparingTo("0.0001");
        assertThat(Money.of("1000000000000", "GBP").amount()).isEqualByComparingTo(Money.MAX_AMOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XTS", "XAU", "XDR", "CLF", "USN"})
    void moneyRefusesCodesThatAreNotSupportedMoney(String code) {
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, Currency.getInstance(code)))
                .hasMessageContaining("not a supported currency");
    }

    @Test
    void sumsBeyondTheMaximumAreRefusedNotRounded() {
        Money max = new Money(Money.MAX_AMOUNT, Currency.getInstance("GBP"));
        assertThatThrownBy(() -> max.plus(Money.of("0.01", "GBP"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesOutsideTheWorkingRangeAreRefused() {
        assertThatThrownBy(() -> Require.date(Instant.parse("+100000-01-01T00:00:00Z"), "despatchDeadline"))
                .hasMessageContaining("despatchDeadline must be from 2000");
        assertThatThrownBy(() -> Require.date(Instant.parse("1999-12-31T23:59:59Z"), "d")).hasMessageContaining("d must");
        assertThatThrownBy(() -> Require.date(Bounds.LATEST, "d")).hasMessageContaining("d must");
        assertThatCode(() -> Require.date(Instant.parse("2100-12-31T23:59:59Z"), "d")).doesNotThrowAnyException();
    }

    @Test
    void stockMovementsAreBounded() {
        var id = StockItemId.of("SKU-1", "MAIN");
        assertThatThrownBy(() -> new ReceiveStock(id, Integer.MAX_VALUE, null)).hasMessageContaining("quantity must be at most");
        assertThatThrownBy(() -> new AdjustStock(id, Integer.MIN_VALUE, "count")).hasMessageContaining("delta must be");
        assertThatCode(() -> new ReceiveStock(id, Bounds.MAX_STOCK_QUANTITY, null)).doesNotThrowAnyException();
    }

    @Test
    void searchPagesStopAtTheSearchWindowAndNeverOverflow() {
        assertThatThrownBy(() -> new SearchOrders("ada", 1000, 100)).hasMessageContaining("paged up to hit 10000");
        assertThatThrownBy(() -> new SearchMessages("late", null, null, null, null, null, Integer.MAX_VALUE, 100))
                .hasMessageContaining("page");
        assertThatCode(() -> new SearchOrders("ada", 99, 100)).doesNotThrowAnyException();
    }

    @Test
    void orderListFiltersAreCleanTextAndPagesCannotOverflow() {
        assertThatThrownBy(() -> new FindOrders(null, null, "Ada\u0000", null, null, null, 0, 50))
                .hasMessageContaining("customer must not contain control");
        assertThatThrownBy(() -> new FindOrders(null, null, null, null, null, null, Integer.MAX_VALUE, 50))
                .hasMessageContaining("page");
    }
}
