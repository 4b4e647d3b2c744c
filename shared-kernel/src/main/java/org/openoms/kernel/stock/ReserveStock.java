package org.openoms.kernel.stock;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.OrderId;

/**
 * Hold units of one order line; answered by StockReserved, or by StockReservationRejected and a place in
 * the item's back-order queue. When and under which number the order was placed decide that place.
 */
public record ReserveStock(@TargetAggregateIdentifier StockItemId stockItemId, OrderId orderId, int lineNumber,
                           int quantity, Instant placedAt, String orderNumber) {

    public ReserveStock {
        Require.present(stockItemId, "stockItemId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
        Require.quantity(quantity, "quantity", Bounds.MAX_LINE_QUANTITY);
        Require.present(placedAt, "placedAt");
        orderNumber = Require.text(orderNumber, "orderNumber", 64);
    }
}
