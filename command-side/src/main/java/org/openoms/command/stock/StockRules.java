package org.openoms.command.stock;

import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.platform.web.BusinessRuleViolation;
import org.springframework.http.HttpStatus;

/** The named ways a stock command can break a rule. */
public final class StockRules {

    private StockRules() {
    }

    public static final class AdjustmentBelowReserved extends BusinessRuleViolation {
        public AdjustmentBelowReserved(StockItemId id, long onHand, long reserved, int delta) {
            super("adjusting " + id + " by " + delta + " would leave " + (onHand + delta) + " on hand for "
                    + reserved + " reserved units; release reservations first");
        }

        @Override
        public String code() {
            return "adjustment-below-reserved";
        }
    }

    /** On hand may not pass {@link Bounds#MAX_STOCK_QUANTITY}: a figure that large is a typo, not a delivery. */
    public static final class StockBoundExceeded extends BusinessRuleViolation {
        public StockBoundExceeded(StockItemId id, long onHand, long change) {
            super("changing " + id + " by " + change + " would put " + (onHand + change) + " units on hand; at most "
                    + Bounds.MAX_STOCK_QUANTITY + " may be held at one location");
        }

        @Override
        public String code() {
            return "stock-bound-exceeded";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
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
