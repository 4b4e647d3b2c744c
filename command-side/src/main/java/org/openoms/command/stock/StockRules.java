package org.openoms.command.stock;

import org.openoms.kernel.stock.StockItemId;
import org.openoms.platform.web.BusinessRuleViolation;

/** The named ways a stock command can break a rule. */
public final class StockRules {

    private StockRules() {
    }

    public static final class AdjustmentBelowReserved extends BusinessRuleViolation {
        public AdjustmentBelowReserved(StockItemId id, int onHand, int reserved, int delta) {
            super("adjusting " + id + " by " + delta + " would leave " + (onHand + delta) + " on hand for "
                    + reserved + " reserved units; release reservations first");
        }

        @Override
        public String code() {
            return "adjustment-below-reserved";
        }
    }
}
