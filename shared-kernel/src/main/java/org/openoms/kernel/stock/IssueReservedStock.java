package org.openoms.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.OrderId;

/** The reserved units of an order line left with the parcel: on hand and reserved both go down. */
public record IssueReservedStock(@TargetAggregateIdentifier StockItemId stockItemId, OrderId orderId, int lineNumber) {

    public IssueReservedStock {
        Require.present(stockItemId, "stockItemId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
    }
}
