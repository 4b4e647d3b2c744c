package org.openoms.projections.reporting;

import java.math.BigDecimal;

/**
 * What one event adds to the sales figures, signed so that the figures (sums over the facts, in the report
 * and its SQL views) net by themselves: an order counts
 * once with its units and revenue, its cancellation takes all of it back, a refund takes back the units
 * returned and the amount refunded but leaves the order counted.
 */
record SalesDelta(int orders, long units, BigDecimal revenue) {

    static SalesDelta placed(long units, BigDecimal revenue) {
        return new SalesDelta(1, units, revenue);
    }

    static SalesDelta cancelled(long units, BigDecimal revenue) {
        return new SalesDelta(-1, -units, revenue.negate());
    }

    static SalesDelta refunded(long returnedUnits, BigDecimal refund) {
        return new SalesDelta(0, -returnedUnits, refund.negate());
    }
}
