package org.openoms.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.OrderId;

public record ReleaseReservation(@TargetAggregateIdentifier StockItemId stockItemId, OrderId orderId, int lineNumber,
                                 String reason) {

    public ReleaseReservation {
        Require.present(stockItemId, "stockItemId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
        reason = Require.text(reason, "reason", 500);
    }
}
