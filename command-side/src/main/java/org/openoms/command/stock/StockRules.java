package org.openoms.command.stock;

import org.openoms.kernel.stock.StockItemId;
import org.openoms.platform.web.BusinessRuleViolation;
import org.springframework.http.HttpStatus;

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

    public static final class UnknownSku extends BusinessRuleViolation {
        private final String field;

        public UnknownSku(String field, String sku) {
            super(field + ": unknown SKU '" + sku + "' (no stock of it was ever received at any location)");
            this.field = field;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public String code() {
            return "unknown-sku";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }
}
