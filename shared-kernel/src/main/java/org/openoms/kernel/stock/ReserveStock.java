package org.openoms.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.OrderId;

/** Hold units of one order line; answered by StockReserved or StockReservationRejected. */
public record ReserveStock(@TargetAggregateIdentifier StockItemId stockItemId, OrderId orderId, int lineNumber,
                           int quantity) {

    public ReserveStock {
        Require.present(stockItemId, "stockItemId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
        Require.quantity(quantity, "quantity", Bounds.MAX_LINE_QUANTITY);
    }
}
