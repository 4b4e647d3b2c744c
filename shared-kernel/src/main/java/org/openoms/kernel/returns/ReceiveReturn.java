package org.openoms.kernel.returns;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderLine;

/**
 * The parcel came back to a location: a disposition for every line, and fees set by hand when given
 * (otherwise by the refund rule).
 */
public record ReceiveReturn(@TargetAggregateIdentifier ReturnId returnId, LocationId location, List<Line> lines,
                            BigDecimal restockingFeePercent, Money returnShippingFee, HistoricalImport history) {

    public record Line(int lineNumber, Disposition disposition) {
        public Line {
            Require.positive(lineNumber, "lineNumber");
            Require.present(disposition, "disposition");
        }
    }

    public ReceiveReturn {
        Require.present(returnId, "returnId");
        Require.present(location, "location");
        lines = List.copyOf(Require.present(lines, "lines"));
        if (restockingFeePercent != null
                && (restockingFeePercent.signum() < 0 || restockingFeePercent.compareTo(BigDecimal.valueOf(100)) > 0
                || restockingFeePercent.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException("restockingFeePercent must be between 0 and 100, with at most 2 decimals");
        }
        if (returnShippingFee != null && (returnShippingFee.isNegative()
                || returnShippingFee.amount().compareTo(OrderLine.MAX_UNIT_PRICE) > 0)) {
            throw new IllegalArgumentException("returnShippingFee must be from 0 to " + OrderLine.MAX_UNIT_PRICE.toPlainString());
        }
    }
}
