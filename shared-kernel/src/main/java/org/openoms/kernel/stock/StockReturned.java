package org.openoms.kernel.stock;

import org.axonframework.serialization.Revision;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.returns.ReturnId;

/** Returned units are sellable again: on hand goes up. */
@Revision("1")
public record StockReturned(StockItemId stockItemId, ReturnId returnId, OrderId orderId, int lineNumber, int quantity)
        implements ConcernsOrder {
}
