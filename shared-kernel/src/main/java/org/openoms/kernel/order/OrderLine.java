package org.openoms.kernel.order;

import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.common.Sku;

/** One line of an order; lines are numbered from 1 in the order given. */
public record OrderLine(int lineNumber, Sku sku, String description, int quantity, Money unitPrice) {

    public OrderLine {
        Require.positive(lineNumber, "lineNumber");
        Require.present(sku, "sku");
        description = Require.optionalText(description, "description", 500);
        Require.positive(quantity, "quantity");
        Require.present(unitPrice, "unitPrice");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unitPrice must not be negative");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
