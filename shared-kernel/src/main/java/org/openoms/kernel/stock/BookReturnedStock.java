package org.openoms.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.returns.Disposition;
import org.openoms.kernel.returns.ReturnId;

/** Returned units arrive at a location: back to stock, or into quarantine. */
public record BookReturnedStock(@TargetAggregateIdentifier StockItemId stockItemId, ReturnId returnId, OrderId orderId,
                                int lineNumber, int quantity, Disposition disposition) {

    public BookReturnedStock {
        Require.present(stockItemId, "stockItemId");
        Require.present(returnId, "returnId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
        Require.quantity(quantity, "quantity", Bounds.MAX_LINE_QUANTITY);
        Require.present(disposition, "disposition");
        if (disposition == Disposition.WRITE_OFF) {
            throw new IllegalArgumentException("written-off units never reach stock");
        }
    }
}
