package org.openoms.command.stock;

import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.stock.StockItemId;

/** The named ways a stock command can break a rule. */
public final class StockRules {

    private StockRules() {
    }

    public static final class AdjustmentBelowReserved extends BusinessRuleViolation {
        public AdjustmentBelowReserved(StockItemId id, long onHand, long reserved, int delta) {
            super("adjustment-below-reserved", "adjusting " + id + " by " + delta + " would leave " + (onHand + delta)
                    + " on hand for " + reserved + " reserved units; release reservations first");
        }
    }

    /** On hand may not pass {@link Bounds#MAX_STOCK_QUANTITY}: a figure that large is a typo, not a delivery. */
    public static final class StockBoundExceeded extends BusinessRuleViolation {
        public StockBoundExceeded(StockItemId id, long onHand, long change) {
            super("stock-bound-exceeded", "changing " + id + " by " + change + " would put " + (onHand + change)
                    + " units on hand; at most " + Bounds.MAX_STOCK_QUANTITY + " may be held at one location");
        }
    }
}
