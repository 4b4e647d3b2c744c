package org.openoms.kernel.stock;

import org.axonframework.serialization.Revision;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

/** The expected business "no": not enough available to promise. */
@Revision("1")
public record StockReservationRejected(StockItemId stockItemId, OrderId orderId, int lineNumber, int requested,
                                       int available, String reason) implements ConcernsOrder {
}
