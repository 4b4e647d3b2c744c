package org.openoms.kernel.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;

class PlaceOrderTest {

    private static final Address ADDRESS = new Address("A", "1 High St", null, "Leeds", null, "LS1 1AA", "gb");
    private static final Instant DESPATCH = Instant.parse("2026-12-01T17:00:00Z");

    @Test
    void totalsAreExactAndIncludeShippingSurchargesAndDiscounts() {
        var order = order(List.of(line(1, 3, "0.10", "GBP")), Money.of("4.99", "GBP"), List.of(
                new PriceAdjustment(PriceAdjustment.Kind.SURCHARGE, "gift wrap", Money.of("0.75", "GBP")),
                new PriceAdjustment(PriceAdjustment.Kind.DISCOUNT, "loyalty", Money.of("1.50", "GBP"))));
        assertThat(order.totals().goods()).isEqualTo(Money.of("0.30", "GBP"));
        assertThat(order.totals().total()).isEqualTo(Money.of("4.54", "GBP"));
    }

    @Test
    void refusesALinePricedInAnotherCurrency() {
        assertThatThrownBy(() -> order(List.of(line(1, 1, "1.00", "GBP"), line(2, 1, "1.00", "USD")), null, List.of()))
                .hasMessageContaining("lines[1].unitPrice.currency is USD but the order is in GBP");
    }

    @Test
    void refusesDiscountsLargerThanTheOrder() {
        assertThatThrownBy(() -> order(List.of(line(1, 1, "1.00", "GBP")), null, List.of(
                new PriceAdjustment(PriceAdjustment.Kind.DISCOUNT, "too much", Money.of("9.00", "GBP")))))
                .hasMessageContaining("discounts exceed");
    }

    @Test
    void refusesTheSameLineNumberTwice() {
        assertThatThrownBy(() -> order(List.of(line(1, 1, "1.00", "GBP"), line(1, 2, "1.00", "GBP")), null, List.of()))
                .hasMessageContaining("appears twice");
    }

    @Test
    void refusesAnOrderWithoutLines() {
        assertThatThrownBy(() -> order(List.of(), null, List.of())).hasMessageContaining("at least one line");
    }

    @Test
    void refusesMoreLinesThanTheKernelBound() {
        var lines = java.util.stream.IntStream.rangeClosed(1, Bounds.MAX_ORDER_LINES + 1)
                .mapToObj(n -> line(n, 1, "1.00", "GBP")).toList();
        assertThatThrownBy(() -> order(lines, null, List.of())).hasMessageContaining("at most 1000");
    }

    @Test
    void refusesALineQuantityOrUnitPriceBeyondItsBound() {
        assertThatThrownBy(() -> line(1, Integer.MAX_VALUE, "1.00", "GBP")).hasMessageContaining("quantity must be at most");
        assertThatThrownBy(() -> line(1, 1, "99999999999999999999", "GBP")).hasMessageContaining("amount must be at most");
        assertThatThrownBy(() -> line(1, 1, "1000000.01", "GBP")).hasMessageContaining("unitPrice must be at most");
    }

    @Test
    void refusesDeadlinesOutsideTheWorkingRange() {
        assertThatThrownBy(() -> new PlaceOrder(new OrderId("o-1"), "N-1", Channel.PHONE, null,
                new Customer("Ada", null, null), ADDRESS, ADDRESS, List.of(line(1, 1, "1.00", "GBP")), null, List.of(),
                Currency.getInstance("GBP"), Instant.parse("+100000-01-01T00:00:00Z"),
                Instant.parse("+100000-01-02T00:00:00Z"))).hasMessageContaining("despatchDeadline must be from");
    }

    @Test
    void normalisesTheCountryCode() {
        assertThat(ADDRESS.countryCode()).isEqualTo("GB");
    }

    private static OrderLine line(int number, int quantity, String price, String currency) {
        return new OrderLine(number, new Sku("SKU-" + number), null, quantity, Money.of(price, currency));
    }

    private static PlaceOrder order(List<OrderLine> lines, Money shipping, List<PriceAdjustment> adjustments) {
        return new PlaceOrder(new OrderId("o-1"), "SO-1", Channel.MAIL, null, new Customer("A", null, null), ADDRESS,
                ADDRESS, lines, shipping, adjustments, Currency.getInstance("GBP"), DESPATCH, DESPATCH.plusSeconds(86400));
    }
}
