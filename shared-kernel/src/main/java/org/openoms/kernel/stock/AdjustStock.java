package org.openoms.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;

/** A correction of the on-hand figure (count, damage, found); delta may be negative, never zero. */
public record AdjustStock(@TargetAggregateIdentifier StockItemId stockItemId, int delta, String reason) {

    public AdjustStock {
        Require.present(stockItemId, "stockItemId");
        if (delta == 0 || Math.abs((long) delta) > Bounds.MAX_STOCK_QUANTITY) {
            throw new IllegalArgumentException("delta must be from -" + Bounds.MAX_STOCK_QUANTITY + " to "
                    + Bounds.MAX_STOCK_QUANTITY + " and not zero, was " + delta);
        }
        reason = Require.text(reason, "reason", 500);
    }
}
