package org.openoms.kernel.stock;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

/**
 * A line that could not be reserved waits at this stock item; when stock comes in, waiting lines are
 * served oldest first by {@code placedAt}, then {@code orderNumber}.
 */
@Revision("1")
public record BackOrderQueued(StockItemId stockItemId, OrderId orderId, int lineNumber, int quantity,
                              Instant placedAt, String orderNumber) implements ConcernsOrder {

    public BackOrderQueued {
        Require.present(stockItemId, "stockItemId");
        Require.present(orderId, "orderId");
        Require.positive(lineNumber, "lineNumber");
        Require.quantity(quantity, "quantity", Bounds.MAX_LINE_QUANTITY);
        Require.present(placedAt, "placedAt");
        orderNumber = Require.text(orderNumber, "orderNumber", 64);
    }
}
