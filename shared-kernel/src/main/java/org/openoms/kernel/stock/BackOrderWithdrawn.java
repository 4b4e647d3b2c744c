package org.openoms.kernel.stock;

import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

/** A waiting line left the queue unserved (its order was cancelled). */
@Revision("1")
public record BackOrderWithdrawn(StockItemId stockItemId, OrderId orderId, int lineNumber, String reason)
        implements ConcernsOrder {

    public BackOrderWithdrawn {
        Require.present(stockItemId, "stockItemId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
        reason = Require.text(reason, "reason", 500);
    }
}
