package org.openoms.kernel.order;

import java.util.Currency;
import java.util.List;
import org.openoms.kernel.common.Money;

/** Totals derived from the placed facts; never stored in events, so a rule change cannot falsify history. */
public record OrderTotals(Money goods, Money shipping, Money surcharges, Money discounts, Money total) {

    public static OrderTotals of(Currency currency, List<OrderLine> lines, Money shipping, List<PriceAdjustment> adjustments) {
        Money goods = lines.stream().map(OrderLine::lineTotal).reduce(Money.zero(currency), Money::plus);
        Money surcharges = sum(currency, adjustments, PriceAdjustment.Kind.SURCHARGE);
        Money discounts = sum(currency, adjustments, PriceAdjustment.Kind.DISCOUNT);
        Money total = goods.plus(shipping).plus(surcharges).minus(discounts);
        return new OrderTotals(goods, shipping, surcharges, discounts, total);
    }

    private static Money sum(Currency currency, List<PriceAdjustment> adjustments, PriceAdjustment.Kind kind) {
        return adjustments.stream().filter(a -> a.kind() == kind).map(PriceAdjustment::amount)
                .reduce(Money.zero(currency), Money::plus);
    }
}
