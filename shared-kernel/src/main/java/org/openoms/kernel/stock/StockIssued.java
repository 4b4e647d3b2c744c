package org.openoms.kernel.stock;

import org.axonframework.serialization.Revision;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

@Revision("1")
public record StockIssued(StockItemId stockItemId, OrderId orderId, int lineNumber, int quantity)
        implements ConcernsOrder {
}
