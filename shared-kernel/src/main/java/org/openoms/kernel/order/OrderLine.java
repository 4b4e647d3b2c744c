package org.openoms.kernel.order;

import java.math.BigDecimal;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.common.Sku;

/**
 * One line of an order; lines are numbered from 1 in the order given. At most {@link Bounds#MAX_LINE_QUANTITY}
 * units at up to {@link #MAX_UNIT_PRICE} each, so a line total stays within {@link Money#MAX_AMOUNT}.
 */
public record OrderLine(int lineNumber, Sku sku, String description, int quantity, Money unitPrice) {

    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000");

    public OrderLine {
        Require.positive(lineNumber, "lineNumber");
        Require.present(sku, "sku");
        description = Require.optionalText(description, "description", 500);
        Require.quantity(quantity, "quantity", Bounds.MAX_LINE_QUANTITY);
        Require.present(unitPrice, "unitPrice");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unitPrice must not be negative");
        }
        if (unitPrice.amount().compareTo(MAX_UNIT_PRICE) > 0) {
            throw new IllegalArgumentException("unitPrice must be at most " + MAX_UNIT_PRICE.toPlainString());
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
